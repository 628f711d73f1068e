package ai.talkover.campaigns.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.in.CallOutcome;
import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.UnknownZone;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.schedule.Interval;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The README's Java snippets, verbatim between the {@code README:} markers (ReadmeTest checks the
 * text), compiled and run here against the stub server; the README's claims are asserted after each.
 */
class ReadmeSnippetsTest {

  private final List<String> outcomes = new ArrayList<>();

  private void dial() {
    outcomes.add("dial");
  }

  private void retryAt(Instant at, Set<Reason> reasons) {
    outcomes.add("retry " + at + " " + reasons);
  }

  private void giveUp(Set<Reason> reasons) {
    outcomes.add("give up " + reasons);
  }

  @Test
  void wiredSnippet_decidesAndPlans_andTheFallbackZoneAnswersForAnUnknownZoneNumber() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    DoNotCallList myDoNotCallList = DoNotCallList.inMemory(List.of(PhoneNumber.parse("+15550000009")));
    List<Contact> contacts = List.of(Contact.of("+15550000009"), Contact.of("+15550000002"));
    try (TalkoverStubServer server = TalkoverStubServer.builder().token("talq_readme").withFixtures().start()) {
      String apiToken = "talq_readme";
      String baseUrl = server.baseUrl();
      // README:wired
      try (TalkoverCampaigns talkover = TalkoverCampaigns.builder()
              .token(apiToken)                         // or .fromEnvironment(): TALKOVER_API_TOKEN, TALKOVER_BASE_URL
              .baseUrl(baseUrl)                        // default https://app.talkover.ai; with or without /api/v1
              .deadline(Duration.ofSeconds(10))        // one deadline per call, every retry included
              .cacheMaxStaleness(Duration.ofHours(1))  // serve the last good campaign while the API fails
              .doNotCallList(myDoNotCallList)          // your environment/global list (a port)
              .policies(CompliancePolicies.builder()   // optional, on top of Talkover's own rules
                  .recipientHours(RecipientHours.TCPA)     // 08:00-21:00 where the recipient is (from the number)
                  .unknownZone(UnknownZone.fallback(ZoneId.of("America/Chicago")))  // see below
                  .attemptCap(3, Duration.ofHours(24))
                  .build())
              .meterRegistry(registry)                 // optional: HTTP timings, Caffeine, Resilience4j
              .build()) {
        CampaignId id = CampaignId.of("campaign-uuid-1");
        Decision d = talkover.eligibility().decide(id, Contact.of("+1 555 000 0001"));
        if (d.callable()) {
          dial();
        } else {
          d.nextEligibleAt().ifPresentOrElse(at -> retryAt(at, d.reasons()), () -> giveUp(d.reasons()));
        }
        List<PlannedContact> plan = talkover.planner().plan(id, contacts);   // ordered by next eligible time
      }
      // README:end
      assertThat(outcomes).as("one of dial, retry, give up").hasSize(1);
      assertThat(outcomes.get(0)).as("the fallback zone answers for the +1 555 number")
          .doesNotContain(Reason.RECIPIENT_ZONE_UNKNOWN.name());
      assertThat(server.requestCount("campaign-uuid-1")).as("the plan is served from the cache").isEqualTo(1);
      assertThat(registry.get("talkover.http.client.requests").timer().count()).isEqualTo(1);
      assertThat(registry.get("cache.gets").tag("result", "hit").functionCounter().count()).isEqualTo(1.0);
    }
  }

  @Test
  void unknownZoneNumber_withoutTheFallback_isRefusedForGood() {
    try (TalkoverStubServer server = TalkoverStubServer.builder().token("talq_readme").withFixtures().start();
        TalkoverCampaigns talkover = TalkoverCampaigns.builder().token("talq_readme")
            .baseUrl(server.baseUrl())
            .policies(CompliancePolicies.builder().recipientHours(RecipientHours.TCPA).build())
            .build()) {
      Decision d = talkover.eligibility().decide(CampaignId.of("campaign-uuid-1"), Contact.of("+1 555 000 0001"));

      assertThat(d.callable()).isFalse();
      assertThat(d.reasons()).contains(Reason.RECIPIENT_ZONE_UNKNOWN);
      assertThat(d.nextEligibleAt()).isEmpty();
    }
  }

  private void track(String callId) {
    outcomes.add("track " + callId);
  }

  private void later(Optional<Instant> at, Set<Reason> reasons) {
    outcomes.add("later " + at.orElse(null) + " " + reasons);
  }

  private void reconcile(Instant holdUntil) {
    outcomes.add("reconcile " + holdUntil);
  }

  @Test
  void gateSnippet_placesOneCall_andPausesTheCampaign() {
    Clock clock = Clock.fixed(Instant.parse("2024-06-05T14:00:00Z"), ZoneOffset.UTC);   // Wed 10:00 NY
    try (TalkoverStubServer server = TalkoverStubServer.builder().token("talq_readme").clock(clock).start();
         TalkoverCampaigns talkover = TalkoverCampaigns.builder().token("talq_readme")
             .baseUrl(server.baseUrl()).clock(clock).build()) {
      server.addCampaign(CampaignJsonBuilder.getShape("campaign-uuid-1"));
      // README:gate
      CampaignId id = CampaignId.of("campaign-uuid-1");
      CallOutcome outcome = talkover.calls().callIfEligible(id, Contact.of("+15550000002"),
          CallDetails.none().withPayload(Map.of("customer_name", "Ann")));   // and withContext, withTesting
      if (outcome instanceof CallOutcome.Placed placed) {
        track(placed.call().id());          // placed.scheduleWarning(): scheduled_at outside the allowed instants
      } else if (outcome instanceof CallOutcome.Refused refused) {
        later(refused.nextEligibleAt(), refused.reasons());   // every reason; nothing was sent
      } else if (outcome instanceof CallOutcome.Duplicate duplicate) {
        track(duplicate.existing().map(QueuedCall::id).orElse("unknown"));   // 409: already queued
      } else {
        reconcile(((CallOutcome.OutcomeUnknown) outcome).holdUntil());   // maybe queued: held, never re-sent
      }
      talkover.statusUpdates().updateStatus(id, CampaignStatus.Known.PAUSED);   // transitions checked first
      // README:end
      assertThat(outcomes).singleElement().asString().startsWith("track stub-call-");
      assertThat(server.callRequestCount("campaign-uuid-1")).isEqualTo(1);
      assertThat(server.callRequestBodies("campaign-uuid-1").get(0)).contains("\"customer_name\":\"Ann\"");
      assertThat(server.statusRequestCount("campaign-uuid-1")).isEqualTo(1);
      assertThat(talkover.campaigns().get(id).status().orElseThrow().value()).isEqualTo("paused");
    }
  }

  @Test
  void domainSnippet_decidesAtTheGivenInstant_asItsCommentSays() {
    Instant from = Instant.parse("2025-03-10T00:00:00Z");
    Instant to = Instant.parse("2025-03-11T00:00:00Z");
    // README:domain
    Campaign campaign = Campaign.builder()            // fields as the API spells them; all validated at once
        .id("c-1").status("active").timezone("America/New_York")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "12:00"),
                                new Campaign.TimeRangeInput("13:30", "17:30")))
        .noAnswerCooldownHours(4)
        .build();                                     // or InvalidCampaignException naming every bad field
    Decision d = EligibilityEngine.standard()
        .decide(campaign, Contact.of("+15550000001"), DoNotCallList.empty(), Instant.parse("2025-03-10T12:00:00Z"));
    // d.callable() == false, d.nextEligibleAt() == Optional[2025-03-10T13:00:00Z], d.reasons() == [OUTSIDE_CALL_WINDOW]
    List<Interval> open = campaign.window().openIntervals(from, to);   // for calendars
    // README:end
    assertThat(d.callable()).isFalse();
    assertThat(d.nextEligibleAt()).isEqualTo(Optional.of(Instant.parse("2025-03-10T13:00:00Z")));
    assertThat(d.nextEligibleAt().toString()).isEqualTo("Optional[2025-03-10T13:00:00Z]");
    assertThat(d.reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW);
    assertThat(open).hasSize(2);
    assertThat(open.get(0).start()).isEqualTo(Instant.parse("2025-03-10T13:00:00Z"));
  }
}
