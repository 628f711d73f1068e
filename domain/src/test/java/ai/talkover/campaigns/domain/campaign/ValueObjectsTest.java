package ai.talkover.campaigns.domain.campaign;

import static ai.talkover.campaigns.domain.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.schedule.Interval;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.Duration;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small value types the rules are built from. */
class ValueObjectsTest {

  @Test
  void timeRange_parsesHhMmAndHhMmSs_andIsHalfOpen() {
    TimeRange r = TimeRange.parse("09:00", "17:00:30");

    assertThat(r.start()).isEqualTo(LocalTime.of(9, 0));
    assertThat(r.end()).isEqualTo(LocalTime.of(17, 0, 30));
    assertThat(r.contains(LocalTime.of(9, 0))).isTrue();
    assertThat(r.contains(LocalTime.of(17, 0, 29))).isTrue();
    assertThat(r.contains(LocalTime.of(17, 0, 30))).isFalse();
    assertThat(r.contains(LocalTime.of(8, 59, 59))).isFalse();
    assertThat(r).hasToString("09:00:00-17:00:30");
  }

  @Test
  void timeRange_rejectsBadTextAndEndNotAfterStart() {
    assertThatThrownBy(() -> TimeRange.parse("9:00", "17:00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start").hasMessageContaining("9:00");
    assertThatThrownBy(() -> TimeRange.parse("09:00", "17"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end").hasMessageContaining("'17'");
    assertThatThrownBy(() -> TimeRange.parse("09:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TimeRange(LocalTime.of(9, 0), LocalTime.of(10, 0, 0, 5)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void interval_isHalfOpenAndNotEmpty() {
    Interval i = new Interval(t("2024-06-05T09:00Z"), t("2024-06-05T10:00Z"));

    assertThat(i.contains(t("2024-06-05T09:00Z"))).isTrue();
    assertThat(i.contains(t("2024-06-05T10:00Z"))).isFalse();
    assertThat(i.duration()).isEqualTo(Duration.ofHours(1));
    assertThatThrownBy(() -> new Interval(t("2024-06-05T09:00Z"), t("2024-06-05T09:00Z")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cooldownPolicy_fallsBackToRetryThenTwentyFourHours() {
    CooldownPolicy p = CooldownPolicy.of(Duration.ofHours(5), Map.of(CallStatus.Group.BUSY, Duration.ofHours(1)));

    assertThat(p.after(CallStatus.Group.BUSY)).isEqualTo(Duration.ofHours(1));
    assertThat(p.after(CallStatus.Group.VOICEMAIL)).isEqualTo(Duration.ofHours(5));
    assertThat(p.after(CallStatus.Group.OTHER)).isEqualTo(Duration.ofHours(5));
    assertThat(p.configured(CallStatus.Group.VOICEMAIL)).isEmpty();
    assertThat(CooldownPolicy.defaults().after(CallStatus.Group.FAILED)).isEqualTo(Duration.ofHours(24));
  }

  @Test
  void cooldownPolicy_namesTheApiFieldOfEachOutcome() {
    assertThat(CooldownPolicy.fieldOf(CallStatus.Group.COMPLETED)).isEqualTo("success_cooldown_hours");
    assertThat(CooldownPolicy.fieldOf(CallStatus.Group.VOICEMAIL)).isEqualTo("voicemail_cooldown_hours");
    assertThat(CooldownPolicy.fieldOf(CallStatus.Group.NO_ANSWER)).isEqualTo("no_answer_cooldown_hours");
    assertThat(CooldownPolicy.fieldOf(CallStatus.Group.BUSY)).isEqualTo("busy_cooldown_hours");
    assertThat(CooldownPolicy.fieldOf(CallStatus.Group.FAILED)).isEqualTo("failed_cooldown_hours");
    assertThat(CooldownPolicy.fieldOf(CallStatus.Group.OTHER)).isEqualTo("retry_cooldown_hours");
  }

  @Test
  void cooldownPolicy_rejectsNegativeAndGroupsWithoutAField() {
    assertThatThrownBy(() -> CooldownPolicy.of(Duration.ofHours(-1), Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retry_cooldown_hours");
    assertThatThrownBy(() -> CooldownPolicy.of(Duration.ZERO, Map.of(CallStatus.Group.BUSY, Duration.ofHours(-2))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("busy_cooldown_hours");
    assertThatThrownBy(() -> CooldownPolicy.of(Duration.ZERO, Map.of(CallStatus.Group.IN_FLIGHT, Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retryPolicy_checksItsRanges() {
    assertThat(new RetryPolicy(3, Duration.ZERO, false, null, null, null).maxAttempts()).isEqualTo(4);
    assertThatThrownBy(() -> new RetryPolicy(11, Duration.ZERO, false, null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max_retries");
    assertThatThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(-1), false, null, null, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initial_call_delay");
  }

  @Test
  void callAttempt_rejectsNegativeRetries_andKeepsItsError() {
    assertThatThrownBy(() -> CallAttempt.of(t("2024-06-05T09:00Z"), CallStatus.of("busy"), null, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retries");
    CallAttempt a = CallAttempt.of(t("2024-06-05T09:00Z"), CallStatus.of("failed"), "Carrier-Blocked", 2);
    assertThat(a.error()).contains("Carrier-Blocked");
    assertThat(a.retries()).isEqualTo(2);
    assertThat(a).isEqualTo(CallAttempt.of(t("2024-06-05T09:00Z"), CallStatus.of("failed"), "Carrier-Blocked", 2));
  }

  @Test
  void decision_callableExactlyWhenNoReason() {
    assertThatThrownBy(() -> Decision.of(true, t("2024-06-05T09:00Z"), EnumSet.of(Reason.COOLDOWN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Decision.of(true, null, Set.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Decision.of(false, null, Set.of())).isInstanceOf(IllegalArgumentException.class);
    Decision d = Decision.of(false, null, EnumSet.of(Reason.NO_WINDOW_AVAILABLE, Reason.COOLDOWN));
    assertThat(d.reasons()).containsExactly(Reason.COOLDOWN, Reason.NO_WINDOW_AVAILABLE);
    assertThat(d.isBlocked()).isFalse();
    assertThat(d.has(Reason.COOLDOWN)).isTrue();
  }

  @Test
  void reason_permanentBlocksAreRulesOneToSix() {
    assertThat(List.of(Reason.CAMPAIGN_NOT_ACTIVE, Reason.DO_NOT_CALL, Reason.CALL_IN_PROGRESS,
        Reason.CONTACT_COMPLETED, Reason.MAX_RETRIES_REACHED, Reason.CAMPAIGN_ENDED)).allMatch(Reason::isPermanent);
    assertThat(List.of(Reason.INITIAL_DELAY, Reason.COOLDOWN, Reason.BEFORE_START_DATE, Reason.OUTSIDE_CALL_WINDOW,
        Reason.NO_WINDOW_AVAILABLE)).noneMatch(Reason::isPermanent);
  }

  @Test
  void contact_copiesItsAttempts() {
    List<CallAttempt> attempts = new java.util.ArrayList<>(List.of(CallAttempt.of(t("2024-06-05T09:00Z"), "busy")));
    Contact c = Contact.of("+15550000001").withKnownAttempts(attempts);
    attempts.clear();
    assertThat(c.knownAttempts()).hasSize(1);
    assertThat(c.enqueued()).isEmpty();
  }
}
