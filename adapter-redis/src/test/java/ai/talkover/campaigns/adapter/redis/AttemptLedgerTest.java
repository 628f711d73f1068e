package ai.talkover.campaigns.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.AttemptLedger.Reservation;
import ai.talkover.campaigns.application.port.out.AttemptLedgerUnavailableException;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AttemptLedgerTest extends RedisTestSupport {

  private static final CampaignId C1 = CampaignId.of("c-1");
  private static final PhoneNumber N = PhoneNumber.parse("+15550000001");
  private static final AttemptCap THREE_PER_DAY = new AttemptCap(3, Duration.ofHours(24));
  private static final Duration TTL = Duration.ofMinutes(10);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T09:00:00Z"));

  @Test
  void reservation_isExclusive_andReadsAsCallInProgress_untilReleased() {
    AttemptLedger a = fleet(clock).attemptLedger();
    AttemptLedger b = fleet(clock).attemptLedger();
    Reservation r = a.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant());
    assertThat(r.isGranted()).isTrue();

    assertThat(b.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant()).outcome())
        .isEqualTo(Reservation.Outcome.CALL_IN_PROGRESS);
    assertThat(b.attempts(C1, N)).extracting(CallAttempt::status)
        .containsExactly(AttemptLedger.IN_PROGRESS);

    a.release(r, CallStatus.of("no_answer"));
    List<CallAttempt> seen = b.attempts(C1, N);
    assertThat(seen).extracting(CallAttempt::status).containsExactly(CallStatus.of("no_answer"));
    assertThat(seen.get(0).at()).isEqualTo(clock.instant());
  }

  @Test
  void cap_refusesTheFourthAttemptInTheRollingPeriod_andReleasesAfterIt() {
    AttemptLedger ledger = fleet(clock).attemptLedger();
    for (int i = 0; i < 3; i++) {
      Reservation r = ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant());
      assertThat(r.isGranted()).isTrue();
      ledger.release(r, CallStatus.of("busy"));
      clock.advance(Duration.ofHours(1));
    }
    assertThat(ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant()).outcome())
        .isEqualTo(Reservation.Outcome.ATTEMPT_CAP_REACHED);
    clock.advance(Duration.ofHours(21));
    assertThat(ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant()).outcome())
        .as("exactly 24 h after the first attempt it no longer counts")
        .isEqualTo(Reservation.Outcome.GRANTED);
  }

  @Test
  void lapsedReservation_readsAsUnknownOutcome_andStillCounts() {
    AttemptLedger ledger = fleet(clock).attemptLedger();
    Reservation r = ledger.tryReserve(C1, N, new AttemptCap(1, Duration.ofHours(24)),
        Duration.ofMillis(1), clock.instant());
    assertThat(r.isGranted()).isTrue();
    assertThat(r.token()).isNotBlank();
    // The reservation's 1 ms in Redis lapses while the next command travels.
    List<CallAttempt> seen = ledger.attempts(C1, N);
    while (seen.get(0).status().equals(AttemptLedger.IN_PROGRESS)) {
      seen = ledger.attempts(C1, N);
    }
    assertThat(seen).extracting(CallAttempt::status).containsExactly(AttemptLedger.UNKNOWN_OUTCOME);
    assertThat(ledger.tryReserve(C1, N, new AttemptCap(1, Duration.ofHours(24)), TTL,
        clock.instant()).outcome()).isEqualTo(Reservation.Outcome.ATTEMPT_CAP_REACHED);
  }

  @Test
  void fiftyNodes_racingOnOneNumber_placeExactlyTheCap() throws Exception {
    int nodes = 50;
    List<AttemptLedger> ledgers = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      ledgers.add(fleet(clock).attemptLedger());
    }
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(nodes);
    List<Future<Integer>> placed = new ArrayList<>();
    try {
      for (AttemptLedger ledger : ledgers) {
        placed.add(pool.submit(() -> {
          start.await();
          int calls = 0;
          for (int round = 0; round < 5; round++) {
            Reservation r = ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant());
            if (r.isGranted()) {
              calls++;
              ledger.release(r, CallStatus.of("no_answer"));
            }
          }
          return calls;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : placed) {
        total += f.get(30, TimeUnit.SECONDS);
      }
      assertThat(total).isEqualTo(3);
    } finally {
      pool.shutdownNow();
    }
    assertThat(ledgers.get(0).attempts(C1, N)).hasSize(3);
  }

  @Test
  void attemptsOfManyNumbers_readInOnePipeline() {
    AttemptLedger ledger = fleet(clock).attemptLedger();
    PhoneNumber other = PhoneNumber.parse("+15550000002");
    PhoneNumber none = PhoneNumber.parse("+15550000003");
    Reservation r = ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant());
    ledger.release(r, CallStatus.of("voicemail"));
    ledger.tryReserve(C1, other, THREE_PER_DAY, TTL, clock.instant());

    var seen = ledger.attempts(C1, List.of(N, other, none));

    assertThat(seen).containsOnlyKeys(N, other);
    assertThat(seen.get(N)).extracting(CallAttempt::status).containsExactly(CallStatus.of("voicemail"));
    assertThat(seen.get(other)).extracting(CallAttempt::status).containsExactly(AttemptLedger.IN_PROGRESS);
  }

  @Test
  void redisDown_reservationsFailClosed_readsAnswerNothing() {
    RedisFleet f = fleet(clock);
    AttemptLedger ledger = f.attemptLedger();
    Reservation r = ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant());
    redis.stop();

    assertThatThrownBy(() -> ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant()))
        .isInstanceOf(AttemptLedgerUnavailableException.class)
        .hasMessageContaining("cannot reserve campaign 'c-1'");
    assertThatThrownBy(() -> ledger.release(r, CallStatus.of("busy")))
        .isInstanceOf(AttemptLedgerUnavailableException.class);
    assertThat(ledger.attempts(C1, N)).isEmpty();
    assertThat(ledger.attempts(C1, List.of(N))).isEmpty();
    assertThat(f.statistics().redisErrors()).isGreaterThanOrEqualTo(3);
  }
}
