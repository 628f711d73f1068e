package ai.talkover.campaigns.bootstrap.classpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs (surefire execution {@code without-libphonenumber}) without libphonenumber and its geocoder:
 * policies that do not read the recipient's zone work; one that does is refused at build, naming
 * what to add.
 */
@Tag("without-libphonenumber")
class WithoutLibphonenumberTest {

  @Test
  void policiesThatDoNotReadTheRecipientZone_workWithoutLibphonenumber() {
    assertThat(OptionalClasses.present("com.google.i18n.phonenumbers.PhoneNumberUtil"))
        .as("libphonenumber is left out of this class path").isFalse();

    try (TalkoverStubServer server = TalkoverStubServer.builder().token("talq_t").withFixtures().start();
        TalkoverCampaigns talkover = TalkoverCampaigns.builder().token("talq_t")
            .baseUrl(server.rootUrl())
            .policies(CompliancePolicies.builder().attemptCap(3, Duration.ofHours(24)).build())
            .build()) {
      Decision d = talkover.eligibility().decide(CampaignId.of("campaign-uuid-1"), Contact.of("+15550000001"));
      // Decided (no NoClassDefFoundError), and no policy asked for the recipient's zone.
      assertThat(d.reasons()).doesNotContain(Reason.RECIPIENT_ZONE_UNKNOWN);
    }
  }

  @Test
  void recipientHoursWithoutLibphonenumber_isRefusedAtBuild_namingTheArtifacts() {
    CompliancePolicies hours = CompliancePolicies.builder().recipientHours(RecipientHours.TCPA).build();

    assertThatThrownBy(() -> TalkoverCampaigns.builder().token("talq_t").policies(hours).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("com.googlecode.libphonenumber:libphonenumber")
        .hasMessageContaining("com.googlecode.libphonenumber:geocoder");
  }
}
