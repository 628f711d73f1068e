package ai.talkover.campaigns.application.service.call;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LocalHistoryTest {

  private static final CampaignId C = CampaignId.of("c-1");
  private static final PhoneNumber N = PhoneNumber.parse("+15550000001");
  private static final Instant T = Instant.parse("2024-06-05T08:00:00Z");

  private static LocalAttempt unknown(String id, Instant at) {
    return new LocalAttempt(id, N, at, null, at.plus(Duration.ofMinutes(15)));
  }

  @Test
  void entries_countUntilTheirEnd_thenAreGone() {
    LocalHistory history = new LocalHistory();
    history.record(C, unknown("a", T));

    assertThat(history.entries(C, N, T.plus(Duration.ofMinutes(14))))
        .extracting(LocalAttempt::attemptId).containsExactly("a");
    assertThat(history.entries(C, N, T.plus(Duration.ofMinutes(15)))).isEmpty();
  }

  @Test
  void record_sameAttemptId_replacesTheEntry() {
    LocalHistory history = new LocalHistory();
    history.record(C, unknown("a", T));
    history.record(C, new LocalAttempt("a", N, T, "call-1", T.plus(Duration.ofHours(24))));

    assertThat(history.entries(C, N, T)).singleElement()
        .satisfies(e -> assertThat(e.callId()).isEqualTo("call-1"));
  }

  @Test
  void entries_areKeptPerCampaignAndNumber() {
    LocalHistory history = new LocalHistory();
    history.record(C, unknown("a", T));

    assertThat(history.entries(CampaignId.of("c-2"), N, T)).isEmpty();
    assertThat(history.entries(C, PhoneNumber.parse("+15550000002"), T)).isEmpty();
  }
}
