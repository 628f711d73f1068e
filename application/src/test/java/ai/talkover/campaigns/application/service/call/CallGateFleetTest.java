package ai.talkover.campaigns.application.service.call;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.in.CallOutcome;
import ai.talkover.campaigns.application.port.in.CallOutcome.Refused.Cause;
import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.AttemptLedgerUnavailableException;
import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's fleet parts against an in-memory ledger that records what the gate asked of it. */
class CallGateFleetTest {

  private static final CampaignId ID = CampaignId.of("c-1");
  /** Wednesday 2024-06-05 10:00 in Berlin. */
  private static final Instant WED_10 = OffsetDateTime.parse("2024-06-05T10:00+02:00").toInstant();
  private static final String TO = "+15550000001";
  private static final Contact CONTACT = Contact.of(TO);

  private final MutableClock clock = new MutableClock(WED_10);
  private final ScriptedCommands commands = new ScriptedCommands(() -> { });
  private final SwappableQuery query = new SwappableQuery(Campaign.builder().id(ID.value())
      .status("active").timezone("Europe/Berlin").daysOfWeek(List.of(1, 2, 3, 4, 5))
      .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00"))).build());
  private final RecordingLedger ledger = new RecordingLedger();

  private CallGateService gate() {
    return CallGateService.builder(query, commands, clock).fleet(ledger).build();
  }

  @Test
  void placed_reservesForTheHold_thenReleasesWithTheCallsStatus() {
    commands.then(() -> ScriptedCommands.receipt("call-1", TO, null, WED_10));

    CallOutcome outcome = gate().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOf(CallOutcome.Placed.class);
    assertThat(ledger.reservedTtls).containsExactly(Duration.ofMinutes(15));
    assertThat(ledger.released).containsExactly("queued");
  }

  @Test
  void placed_givesTheLedgerTheNumbersListedCalls_andReleasesWithTheCallsId() {
    SwappableQuery withCalls = new SwappableQuery(Campaign.builder().id(ID.value())
        .status("active").timezone("Europe/Berlin").daysOfWeek(List.of(1, 2, 3, 4, 5))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00")))
        .calls(List.of(
            new Campaign.CallInput("call-0", TO, "no_answer", 0, "2024-06-01T09:00:00Z", null, null),
            new Campaign.CallInput("other", "+15550000002", "no_answer", 0, "2024-06-01T09:00:00Z",
                null, null)))
        .build());
    commands.then(() -> ScriptedCommands.receipt("call-1", TO, null, WED_10));

    CallOutcome outcome = CallGateService.builder(withCalls, commands, clock).fleet(ledger).build()
        .callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOf(CallOutcome.Placed.class);
    assertThat(ledger.listed).hasSize(1);
    assertThat(ledger.listed.get(0)).extracting(CallRecord::id).containsExactly("call-0");
    assertThat(ledger.releasedCallIds).containsExactly("call-1");
  }

  @Test
  void outcomeUnknown_isNotReleased_soTheReservationLapsesAfterTheHold() {
    commands.then(() -> {
      throw CampaignQueryException.serverError(new Context(500, ID.value(), 1, null, null));
    });

    CallOutcome outcome = gate().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOf(CallOutcome.OutcomeUnknown.class);
    assertThat(ledger.reservedTtls).hasSize(1);
    assertThat(ledger.released).isEmpty();
  }

  @Test
  void unreachableLedger_refusesAsFleetUnavailable_andSendsNothing() {
    ledger.down = true;

    CallOutcome outcome = gate().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Refused.class,
        r -> assertThat(r.cause()).isEqualTo(Cause.FLEET_UNAVAILABLE));
    assertThat(commands.placeCalls).hasValue(0);
  }

  @Test
  void anotherNodesAttemptInTheLedger_isACallInProgress_andNothingIsReserved() {
    ledger.attempts.add(CallAttempt.of(WED_10.minusSeconds(30), AttemptLedger.IN_PROGRESS, null, 0));

    CallOutcome outcome = gate().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Refused.class,
        r -> assertThat(r.reasons()).contains(Reason.CALL_IN_PROGRESS));
    assertThat(ledger.reservedTtls).isEmpty();
    assertThat(commands.placeCalls).hasValue(0);
  }

  @Test
  void anotherNodesLiveReservation_refusesAsNumberReserved_andSendsNothing() {
    ledger.refuse = true;

    CallOutcome outcome = gate().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Refused.class,
        r -> assertThat(r.cause()).isEqualTo(Cause.NUMBER_RESERVED));
    assertThat(commands.placeCalls).hasValue(0);
  }

  @Test
  void anotherNodeCallsBetweenTheLedgerReadAndTheReservation_refusesAndReleases_andSendsNothing() {
    // Node B read the ledger (empty) and decided "callable"; before its reservation, node A reserved,
    // placed its call and released it as queued. B's reservation is granted (no live reservation, no
    // cap), so only a decision on the ledger as it is now can see A's call.
    ledger.beforeGrant = () -> ledger.attempts.add(
        CallAttempt.of(WED_10.minusMillis(5), CallStatus.of("queued"), null, 0));

    CallOutcome outcome = gate().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Refused.class, r -> {
      assertThat(r.cause()).isEqualTo(Cause.RULES);
      assertThat(r.reasons()).contains(Reason.CALL_IN_PROGRESS);
    });
    assertThat(commands.placeCalls).hasValue(0);
    assertThat(ledger.released).containsExactly("not_placed");
  }

  @Test
  void theGatesOwnReservationInTheLedger_doesNotBlockItsOwnCall() {
    clock.advance(Duration.ofNanos(123_456)); // a clock finer than the ledger's milliseconds
    commands.then(() -> ScriptedCommands.receipt("call-1", TO, null, WED_10));

    CallOutcome outcome = gate().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOf(CallOutcome.Placed.class);
    assertThat(commands.placeCalls).hasValue(1);
  }

  /** Grants (or refuses, or fails) and records; its attempts are what another node placed. */
  private static final class RecordingLedger implements AttemptLedger {
    final List<CallAttempt> attempts = new ArrayList<>();
    final List<Duration> reservedTtls = new ArrayList<>();
    final List<String> released = new ArrayList<>();
    final List<String> releasedCallIds = new ArrayList<>();
    final List<List<CallRecord>> listed = new ArrayList<>();
    boolean down;
    boolean refuse;
    /** Runs inside tryReserve before it grants: what another node did just before. */
    Runnable beforeGrant = () -> { };

    @Override
    public List<CallAttempt> attempts(CampaignId campaign, PhoneNumber number) {
      return List.copyOf(attempts);
    }

    @Override
    public Reservation tryReserve(CampaignId campaign, PhoneNumber number, AttemptCap cap,
        Duration ttl, Instant now, Collection<CallRecord> listed) {
      this.listed.add(List.copyOf(listed));
      if (down) {
        throw new AttemptLedgerUnavailableException("redis down", null);
      }
      if (refuse) {
        return Reservation.refused(campaign, number, now, Reservation.Outcome.CALL_IN_PROGRESS);
      }
      beforeGrant.run();
      reservedTtls.add(ttl);
      // As the real ledger does: the granted reservation is an attempt in progress, to the millisecond.
      attempts.add(CallAttempt.of(Instant.ofEpochMilli(now.toEpochMilli()), IN_PROGRESS, null, 0));
      return Reservation.granted(campaign, number, now, "t-" + reservedTtls.size());
    }

    @Override
    public void release(Reservation reservation, CallStatus outcome, String callId) {
      releasedCallIds.add(String.valueOf(callId));
      released.add(outcome.value());
    }
  }
}
