package ai.talkover.campaigns.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.AttemptLedger.Reservation;
import ai.talkover.campaigns.application.port.out.AttemptLedgerUnavailableException;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.testkit.MutableClock;
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

  private CallRecord listed(String id, Duration ago) {
    return new CallRecord(id, N.e164(), CallAttempt.of(clock.instant().minus(ago), "no_answer"));
  }

  @Test
  void cap_countsTheCampaignsListedCalls_withTheLedgersAttempts() {
    AttemptLedger ledger = fleet(clock).attemptLedger();
    List<CallRecord> calls = List.of(listed("call-1", Duration.ofHours(5)),
        listed("call-2", Duration.ofHours(1)));
    Reservation third = ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant(), calls);
    assertThat(third.isGranted()).as("2 listed + 0 in the ledger < 3").isTrue();
    ledger.release(third, CallStatus.of("queued"), "call-3");
    clock.advance(Duration.ofMinutes(1));

    assertThat(ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant(), calls).outcome())
        .as("2 listed + 1 in the ledger").isEqualTo(Reservation.Outcome.ATTEMPT_CAP_REACHED);
  }

  @Test
  void cap_countsACallTheLedgerPlacedOnce_whenCallsListsItToo() {
    AttemptLedger ledger = fleet(clock).attemptLedger();
    AttemptCap four = new AttemptCap(4, Duration.ofHours(24));
    Reservation r = ledger.tryReserve(C1, N, four, TTL, clock.instant(),
        List.of(listed("call-1", Duration.ofHours(2)), listed("call-2", Duration.ofHours(1))));
    ledger.release(r, CallStatus.of("queued"), "call-3");
    clock.advance(Duration.ofMinutes(1));
    List<CallRecord> nowListed = List.of(listed("call-1", Duration.ofHours(2)),
        listed("call-2", Duration.ofHours(1)), listed("call-3", Duration.ofMinutes(1)));

    Reservation fourth = ledger.tryReserve(C1, N, four, TTL, clock.instant(), nowListed);
    assertThat(fourth.isGranted()).as("call-3 is the ledger's attempt: 3 attempts, not 4").isTrue();
    ledger.release(fourth, CallStatus.of("queued"), "call-4");
    assertThat(ledger.attempts(C1, N)).extracting(CallAttempt::status)
        .containsExactly(CallStatus.of("queued"), CallStatus.of("queued"));
    clock.advance(Duration.ofMinutes(1));
    assertThat(ledger.tryReserve(C1, N, four, TTL, clock.instant(), nowListed).outcome())
        .isEqualTo(Reservation.Outcome.ATTEMPT_CAP_REACHED);
  }

  @Test
  void cap_countsListedCallsWithoutAnIdEachTime_andNoneOlderThanThePeriod() {
    AttemptLedger ledger = fleet(clock).attemptLedger();
    List<CallRecord> calls = List.of(listed(null, Duration.ofHours(2)),
        listed(null, Duration.ofHours(1)), listed("call-old", Duration.ofHours(25)));
    assertThat(ledger.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant(), calls).isGranted())
        .isTrue();
    assertThat(ledger.tryReserve(C1, N, new AttemptCap(2, Duration.ofHours(24)), TTL,
        clock.instant().plusSeconds(1), calls).outcome()).isNotEqualTo(Reservation.Outcome.GRANTED);
  }

  @Test
  void fiftyNodes_twoCallsListed_capThree_exactlyOneMoreAttemptAcrossTheFleet() throws Exception {
    List<AttemptLedger> nodes = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      nodes.add(fleet(clock).attemptLedger());
    }
    List<CallRecord> calls = List.of(listed("call-1", Duration.ofHours(3)),
        listed("call-2", Duration.ofHours(2)));
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<Reservation>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        AttemptLedger node = nodes.get(i);
        String callId = "node-" + i;
        outcomes.add(pool.submit(() -> {
          go.await();
          Reservation r = node.tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant(), calls);
          // Each node that was granted places its call and releases at once, so that the
          // others are refused by the cap, not only by the reservation.
          node.release(r, CallStatus.of("queued"), callId);
          return r;
        }));
      }
      go.countDown();
      long granted = 0;
      for (Future<Reservation> f : outcomes) {
        if (f.get(20, TimeUnit.SECONDS).isGranted()) {
          granted++;
        }
      }
      assertThat(granted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(nodes.get(7).tryReserve(C1, N, THREE_PER_DAY, TTL, clock.instant(), calls).outcome())
        .isEqualTo(Reservation.Outcome.ATTEMPT_CAP_REACHED);
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
