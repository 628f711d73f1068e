package ai.talkover.campaigns.domain.eligibility.internal;

import static ai.talkover.campaigns.domain.Fixtures.berlinWeekdays;
import static ai.talkover.campaigns.domain.Fixtures.call;
import static ai.talkover.campaigns.domain.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.Fixtures;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.internal.input.E164;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The campaign's call index: summaries, lookups by table and by ordered walk. */
class CallIndexTest {

  private static CallIndex index(List<Campaign.CallInput> calls) {
    return PreparedCampaign.of(berlinWeekdays().calls(calls).build()).calls;
  }

  private static CallIndex index(Campaign campaign) {
    return PreparedCampaign.of(campaign).calls;
  }

  private static int find(CallIndex index, String number) {
    return index.find(PhoneNumber.parse(number).e164());
  }

  @Test
  void find_numbersDifferingOnlyInLength_areKeptApart() {
    CallIndex index = index(List.of(
        call("+1555000001", "busy", "2024-06-04T09:00:00Z"),
        call("+15550000010", "voicemail", "2024-06-04T10:00:00Z"),
        call("+15550000010", "voicemail", "2024-06-04T11:00:00Z")));

    assertThat(CallIndex.count(index.counts(find(index, "+1555000001")))).isEqualTo(1);
    assertThat(CallIndex.count(index.counts(find(index, "+15550000010")))).isEqualTo(2);
    assertThat(find(index, "+155500000100")).isEqualTo(CallIndex.ABSENT);
    assertThat(find(index, "+155500000")).isEqualTo(CallIndex.ABSENT);
  }

  @Test
  void summary_countsAttempts_keepsLargestRetries_andLastIsTheLatest() {
    CallIndex index = index(List.of(
        call("+15550000001", "busy", "2024-06-04T09:00:00Z", 4, null),
        call("+15550000001", "completed", "2024-06-04T11:00:00.5Z", 1, null),
        call("+15550000001", "no-answer", "2024-06-04T10:00:00Z", 2, null)));
    int p = find(index, "+15550000001");

    assertThat(CallIndex.count(index.counts(p))).isEqualTo(3);
    assertThat(CallIndex.maxRetries(index.counts(p))).isEqualTo(4);
    assertThat(index.lastSecond(p)).isEqualTo(t("2024-06-04T11:00:00Z").getEpochSecond());
    assertThat(CallIndex.nano(index.last(p))).isEqualTo(500_000_000);
    assertThat(CallIndex.group(index.last(p))).isEqualTo(CallStatus.Group.COMPLETED);
  }

  @Test
  void summary_attemptsAtTheSameInstant_lastIsTheLaterInCallsOrder() {
    CallIndex index = index(List.of(
        call("+15550000001", "completed", "2024-06-04T09:00:00Z"),
        call("+15550000001", "ringing", "2024-06-04T09:00:00Z"),
        call("+15550000002", "ringing", "2024-06-04T09:00:00Z"),
        call("+15550000002", "voicemail", "2024-06-04T11:00:00+02:00")));

    assertThat(CallIndex.group(index.last(find(index, "+15550000001"))))
        .isEqualTo(CallStatus.Group.IN_FLIGHT);
    assertThat(CallIndex.group(index.last(find(index, "+15550000002"))))
        .isEqualTo(CallStatus.Group.VOICEMAIL);
  }

  @Test
  void summary_triggeredByAnyAttempt_againstTheCampaignsTriggers() {
    Campaign campaign = berlinWeekdays().doNotCallEnabled(true).autoAddToDncEnabled(true)
        .autoDncTriggerStatuses(List.of("Failed")).autoDncTriggerErrors(List.of("invalid-number"))
        .calls(List.of(
            call("+15550000001", "failed", "2024-06-04T09:00:00Z"),
            call("+15550000001", "busy", "2024-06-04T10:00:00Z"),
            call("+15550000002", "busy", "2024-06-04T09:00:00Z", 0, "INVALID_NUMBER"),
            call("+15550000003", "busy", "2024-06-04T09:00:00Z")))
        .build();
    CallIndex index = index(campaign);

    assertThat(CallIndex.triggered(index.last(find(index, "+15550000001")))).isTrue();
    assertThat(CallIndex.triggered(index.last(find(index, "+15550000002")))).isTrue();
    assertThat(CallIndex.triggered(index.last(find(index, "+15550000003")))).isFalse();
  }

  @Test
  void invalidOrMissingTo_matchesNoNumber_andKeepsTheOthers() {
    CallIndex index = index(List.of(
        call(null, "busy", "2024-06-04T09:00:00Z"),
        call("garbage", "busy", "2024-06-04T09:00:00Z"),
        call("+0123456789", "busy", "2024-06-04T09:00:00Z"),
        call("+1234", "busy", "2024-06-04T09:00:00Z"),
        call("+15550000001", "busy", "2024-06-04T09:00:00Z")));

    assertThat(index.size()).isEqualTo(1);
    assertThat(CallIndex.count(index.counts(find(index, "+15550000001")))).isEqualTo(1);
  }

  @Test
  void noNumber_answersAbsent_withEmptySummaryAndNoAttempts() {
    CallIndex index = index(List.of());

    int p = find(index, "+15550000001");
    assertThat(p).isEqualTo(CallIndex.ABSENT);
    assertThat(CallIndex.count(index.counts(p))).isZero();
    assertThat(index.attempts(p)).isEmpty();
    assertThat(index.seek(E164.sortKey("+15550000001"), 0)).isZero();
  }

  @Test
  void normalisedNumbers_matchHowEverTheyAreWritten() {
    Campaign campaign = berlinWeekdays().calls(List.of(
        call("+1 555-000-0001", "busy", "2024-06-04T09:00:00Z"),
        call("+15550000001", "voicemail", "2024-06-04T10:00:00Z"),
        call("+1 (555) 000.0001", "no-answer", "2024-06-04T11:00:00Z"))).build();

    assertThat(campaign.history(PhoneNumber.parse("+15550000001")))
        .extracting(a -> a.status().value()).containsExactly("busy", "voicemail", "no-answer");
    assertThat(campaign.history(PhoneNumber.parse("+1 555 000 0001"))).hasSize(3);
    assertThat(find(index(campaign), "+1-555-000-0001")).isNotEqualTo(CallIndex.ABSENT);
  }

  @Test
  void find_numbersSharingAHomeSlot_areAllFound_andAMissingOneIsAbsent() {
    // Three numbers probed from the same slot of a table sized for them, and a fourth for a miss.
    int bits = 3;
    List<String> colliding = new ArrayList<>();
    for (long n = 15550000000L; colliding.size() < 4; n++) {
      String number = "+" + n;
      if (CallIndex.homeSlot(number.hashCode(), bits) == 5) {
        colliding.add(number);
      }
    }
    List<Campaign.CallInput> calls = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k <= i; k++) {
        calls.add(call(colliding.get(i), "busy", "2024-06-04T0" + k + ":00:00Z"));
      }
    }
    CallIndex index = index(calls);
    assertThat(index.tableBits()).isEqualTo(bits);

    for (int i = 0; i < 3; i++) {
      int p = find(index, colliding.get(i));
      assertThat(p).isNotEqualTo(CallIndex.ABSENT);
      assertThat(index.keyAt(p)).isEqualTo(E164.sortKey(colliding.get(i)));
      assertThat(CallIndex.count(index.counts(p))).isEqualTo(i + 1);
    }
    assertThat(find(index, colliding.get(3))).isEqualTo(CallIndex.ABSENT);
  }

  @Test
  void find_numbersWithEqualStringHashes_areToldApart() {
    // Two valid numbers whose String.hashCode() are equal, found by a seeded search.
    java.util.Map<Integer, String> byHash = new java.util.HashMap<>();
    String first = null;
    String second = null;
    Random random = new Random(1);
    while (first == null) {
      String number = "+1" + (1_000_000_000L + (random.nextLong() & Long.MAX_VALUE) % 9_000_000_000L);
      String other = byHash.putIfAbsent(number.hashCode(), number);
      if (other != null && !other.equals(number)) {
        first = other;
        second = number;
      }
    }
    CallIndex index = index(List.of(call(first, "busy", "2024-06-04T09:00:00Z")));

    assertThat(second.hashCode()).isEqualTo(first.hashCode());
    assertThat(find(index, first)).isNotEqualTo(CallIndex.ABSENT);
    assertThat(find(index, second)).isEqualTo(CallIndex.ABSENT);
  }

  @Test
  void numbers_areInKeyOrder_andSeekFindsTheFirstNotBelow() {
    Random random = new Random(5);
    List<Campaign.CallInput> calls = new ArrayList<>();
    TreeSet<Long> keys = new TreeSet<>();
    java.util.Map<Long, String> numbers = new java.util.HashMap<>();
    for (int i = 0; i < 700; i++) {
      String number = Fixtures.randomNumber(random);
      keys.add(E164.sortKey(number));
      numbers.put(E164.sortKey(number), number);
      calls.add(call(number, "busy", "2024-06-04T09:00:00Z"));
    }
    CallIndex index = index(calls);
    List<Long> ordered = new ArrayList<>(keys);
    assertThat(index.size()).isEqualTo(ordered.size());
    for (int p = 0; p < ordered.size(); p++) {
      assertThat(index.keyAt(p)).isEqualTo(ordered.get(p));
      assertThat(index.find(numbers.get(ordered.get(p)))).isEqualTo(p);
    }

    for (int i = 0; i < 2000; i++) {
      long probe = random.nextBoolean()
          ? ordered.get(random.nextInt(ordered.size())) + random.nextInt(3) - 1
          : E164.sortKey(Fixtures.randomNumber(random));
      int from = random.nextInt(ordered.size() + 1);
      int expected = from;
      while (expected < ordered.size() && ordered.get(expected) < probe) {
        expected++;
      }
      assertThat(index.seek(probe, from)).as("seek %d from %d", probe, from).isEqualTo(expected);
    }
  }

  @Test
  void attempts_areKeptPerNumberInCallsOrder() {
    Campaign campaign = berlinWeekdays().calls(List.of(
        call("+15550000002", "busy", "2024-06-04T12:00:00Z"),
        call("+15550000001", "busy", "2024-06-04T11:00:00Z"),
        call("+15550000002", "voicemail", "2024-06-04T09:00:00Z"))).build();

    assertThat(campaign.history(PhoneNumber.parse("+15550000002")))
        .extracting(CallAttempt::at)
        .containsExactly(Instant.parse("2024-06-04T12:00:00Z"), Instant.parse("2024-06-04T09:00:00Z"));
  }
}
