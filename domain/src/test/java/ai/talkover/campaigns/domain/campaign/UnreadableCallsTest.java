package ai.talkover.campaigns.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "An entry of calls[] whose to is not a valid number matches no contact; it never makes the campaign invalid." */
class UnreadableCallsTest {

  private static Campaign.Builder campaign(Campaign.CallInput... calls) {
    return Campaign.builder().id("c").status("active").timezone("UTC")
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7)).earliestCallTime("00:00").latestCallTime("23:59")
        .calls(List.of(calls));
  }

  @Test
  void brokenEntryToAnInvalidNumber_isKeptAsUnreadable_andTheCampaignIsValid() {
    Campaign.CallInput broken = new Campaign.CallInput("x", "not a number", null, -1, "yesterday", null);
    Campaign.CallInput noNumber = new Campaign.CallInput("y", null, "completed", 0, null, null);
    Campaign.CallInput fine = new Campaign.CallInput("z", "+15550000001", "no-answer", 0,
        "2026-01-05T10:00:00Z", null);

    Campaign c = campaign(broken, fine, noNumber).build();

    assertThat(c.unreadableCalls()).containsExactly(broken, noNumber);
    assertThat(c.calls()).extracting(CallRecord::id).containsExactly("z");
    Decision d = EligibilityEngine.standard().decide(c, Contact.of("+15550000001"),
        DoNotCallList.empty(), Instant.parse("2026-01-05T11:00:00Z"));
    assertThat(d.reasons()).containsExactly(Reason.COOLDOWN);
  }

  @Test
  void brokenEntryToAValidNumber_isStillAViolation() {
    Campaign.CallInput broken = new Campaign.CallInput("x", "+1 555 000 0001", null, 0, "yesterday", null);

    assertThatThrownBy(() -> campaign(broken).build())
        .isInstanceOf(InvalidCampaignException.class)
        .hasMessage("invalid campaign: calls[0].status: missing; calls[0].created_at: 'yesterday' is not"
            + " an ISO-8601 instant");
  }

  @Test
  void readableEntryToAnInvalidNumber_staysACallThatMatchesNoContact() {
    Campaign c = campaign(new Campaign.CallInput("x", "12", "completed", 0, "2026-01-05T10:00:00Z", null))
        .build();

    assertThat(c.unreadableCalls()).isEmpty();
    assertThat(c.calls()).hasSize(1);
    assertThat(c.calls().get(0).number()).isEmpty();
  }

  @Test
  void buildingTwice_doesNotRepeatUnreadableEntries() {
    Campaign.Builder b = campaign(new Campaign.CallInput("x", "bad", null, null, null, null));
    b.build();
    assertThat(b.build().unreadableCalls()).hasSize(1);
  }
}
