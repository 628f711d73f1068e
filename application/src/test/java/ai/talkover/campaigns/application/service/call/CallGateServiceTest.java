package ai.talkover.campaigns.application.service.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.in.CallOutcome;
import ai.talkover.campaigns.application.port.in.CallOutcome.Refused.Cause;
import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.application.port.out.RateLimitedException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CallGateServiceTest {

  private static final CampaignId ID = CampaignId.of("c-1");
  /** Wednesday 2024-06-05 10:00 in Berlin. */
  private static final Instant WED_10 = OffsetDateTime.parse("2024-06-05T10:00+02:00").toInstant();
  /** Saturday 2024-06-08 10:00 in Berlin. */
  private static final Instant SAT_10 = OffsetDateTime.parse("2024-06-08T10:00+02:00").toInstant();
  private static final String TO = "+15550000001";
  private static final Contact CONTACT = Contact.of(TO);

  private final MutableClock clock = new MutableClock(WED_10);
  private final List<Runnable> duringSend = new ArrayList<>();
  private final ScriptedCommands commands = new ScriptedCommands(() -> duringSend.forEach(Runnable::run));

  private static Campaign.Builder berlinWeekdays() {
    return Campaign.builder().id(ID.value()).status("active").timezone("Europe/Berlin")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00")));
  }

  private final SwappableQuery query = new SwappableQuery(berlinWeekdays().build());

  private CallGateService.Builder gate() {
    return CallGateService.builder(query, commands, clock);
  }

  private static Context ctx(int status) {
    return new Context(status, ID.value(), 1, null, null);
  }

  @Test
  void notCallable_refusedWithTheDecision_andNothingSent() {
    clock.advance(Duration.between(WED_10, SAT_10));

    CallOutcome outcome = gate().build().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Refused.class, r -> {
      assertThat(r.cause()).isEqualTo(Cause.RULES);
      assertThat(r.reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW);
      assertThat(r.nextEligibleAt())
          .contains(OffsetDateTime.parse("2024-06-10T09:00+02:00").toInstant());
    });
    assertThat(commands.placeCalls).hasValue(0);
    assertThat(query.freshReads).hasValue(1);
  }

  @Test
  void callable_placesOnce_invalidates_andTheNextGateCallSeesTheCallInProgress() {
    commands.then(() -> ScriptedCommands.receipt("call-1", TO, null, WED_10));
    CallGateService gate = gate().build();

    CallOutcome first = gate.callIfEligible(ID, CONTACT, CallDetails.none());
    CallOutcome second = gate.callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(first).isInstanceOfSatisfying(CallOutcome.Placed.class, p -> {
      assertThat(p.call().id()).isEqualTo("call-1");
      assertThat(p.scheduleWarning()).isEmpty();
    });
    assertThat(second).isInstanceOfSatisfying(CallOutcome.Refused.class,
        r -> assertThat(r.reasons()).contains(Reason.CALL_IN_PROGRESS));
    assertThat(commands.placeCalls).hasValue(1);
    assertThat(query.invalidations).hasValue(1);
  }

  @Test
  void placedCall_listedByTheApi_countsOnceNotTwice() {
    commands.then(() -> ScriptedCommands.receipt("call-1", TO, null, WED_10));
    CallGateService gate = gate().build();
    gate.callIfEligible(ID, CONTACT, CallDetails.none());
    // The API now lists the call as finished with no answer; the ledger entry of call-1 is dropped,
    // so max_retries 1 (two attempts) still allows one more once the cooldown is over.
    query.campaign.set(berlinWeekdays().maxRetries(1).calls(List.of(
        new Campaign.CallInput("call-1", TO, "no-answer", 0, WED_10.toString(), null))).build());
    clock.advance(Duration.ofDays(1));
    commands.then(() -> ScriptedCommands.receipt("call-2", TO, null, clock.instant()));

    CallOutcome again = gate.callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(again).isInstanceOf(CallOutcome.Placed.class);
    assertThat(commands.placeCalls).hasValue(2);
  }

  @Test
  void uncertainFailure_callAbsentOnReRead_outcomeUnknown_heldFor15Minutes() {
    commands.then(() -> {
      throw CampaignQueryException.serverError(ctx(500));
    });
    CallGateService gate = gate().build();

    CallOutcome outcome = gate.callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.OutcomeUnknown.class, u -> {
      assertThat(u.startedAt()).isEqualTo(WED_10);
      assertThat(u.holdUntil()).isEqualTo(WED_10.plus(Duration.ofMinutes(15)));
    });
    assertThat(query.freshReads).as("decision read and re-read").hasValue(2);

    clock.advance(Duration.ofMinutes(14));
    assertThat(gate.callIfEligible(ID, CONTACT, CallDetails.none()))
        .isInstanceOfSatisfying(CallOutcome.Refused.class,
            r -> assertThat(r.reasons()).contains(Reason.CALL_IN_PROGRESS));
    assertThat(commands.placeCalls).hasValue(1);

    clock.advance(Duration.ofMinutes(1));
    commands.then(() -> ScriptedCommands.receipt("call-2", TO, null, clock.instant()));
    assertThat(gate.callIfEligible(ID, CONTACT, CallDetails.none())).isInstanceOf(CallOutcome.Placed.class);
    assertThat(commands.placeCalls).hasValue(2);
  }

  @Test
  void uncertainFailure_callPresentOnReRead_placedWithThatCall() {
    commands.then(() -> {
      query.campaign.set(berlinWeekdays().calls(List.of(
          new Campaign.CallInput("old", TO, "no-answer", 0, "2024-06-01T08:00:00Z", null),
          new Campaign.CallInput("call-new", TO, "queued", 0, WED_10.toString(), null))).build());
      throw CampaignQueryException.network(ctx(0), NetworkException.Kind.TIMEOUT, null);
    });

    CallOutcome outcome = gate().build().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Placed.class,
        p -> assertThat(p.call().id()).isEqualTo("call-new"));
    assertThat(commands.placeCalls).hasValue(1);
  }

  @Test
  void uncertainFailure_callPresentOnReRead_placedWithThatCallAsListed_unknownMembersAndStatusKept() {
    commands.then(() -> {
      query.campaign.set(berlinWeekdays().calls(List.of(
          new Campaign.CallInput("call-new", TO, "awaiting_agent", 0, WED_10.toString(), null,
              Map.of("queue_position", 4, "labels", List.of("vip"))))).build());
      throw CampaignQueryException.network(ctx(0), NetworkException.Kind.TIMEOUT, null);
    });

    CallOutcome outcome = gate().build().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Placed.class,
        p -> assertThat(p.call()).isEqualTo(new QueuedCall("call-new", "c-1", TO, "awaiting_agent",
            null, WED_10, Map.of("queue_position", 4, "labels", List.of("vip")))));
  }

  @Test
  void certainFailure_isThrown_andRecordsNothing() {
    RateLimitedException limited = CampaignQueryException.rateLimited(ctx(429), Duration.ofSeconds(60));
    commands.then(() -> {
      throw limited;
    }).then(() -> ScriptedCommands.receipt("call-1", TO, null, WED_10));
    CallGateService gate = gate().build();

    assertThatThrownBy(() -> gate.callIfEligible(ID, CONTACT, CallDetails.none())).isSameAs(limited);
    assertThat(gate.callIfEligible(ID, CONTACT, CallDetails.none())).isInstanceOf(CallOutcome.Placed.class);
    assertThat(commands.placeCalls).hasValue(2);
  }

  @Test
  void connectionNeverMade_isThrown_notHeld() {
    commands.then(() -> {
      throw CampaignQueryException.network(ctx(0), NetworkException.Kind.CONNECT, null);
    });

    assertThatThrownBy(() -> gate().build().callIfEligible(ID, CONTACT, CallDetails.none()))
        .isInstanceOf(NetworkException.class);
  }

  @Test
  void numberHeldByAnotherAttempt_refusedAsReserved() {
    AtomicReference<CallOutcome> nested = new AtomicReference<>();
    CallGateService gate = gate().build();
    duringSend.add(() -> nested.set(gate.callIfEligible(ID, CONTACT, CallDetails.none())));
    commands.then(() -> ScriptedCommands.receipt("call-1", TO, null, WED_10));

    assertThat(gate.callIfEligible(ID, CONTACT, CallDetails.none())).isInstanceOf(CallOutcome.Placed.class);
    assertThat(nested.get()).isInstanceOfSatisfying(CallOutcome.Refused.class, r -> {
      assertThat(r.cause()).isEqualTo(Cause.NUMBER_RESERVED);
      assertThat(r.reasons()).containsExactly(Reason.CALL_IN_PROGRESS);
    });
    assertThat(commands.placeCalls).hasValue(1);
  }

  @Test
  void scheduledAtOutsideTheWindow_placedWithAWarning() {
    commands.then(() -> ScriptedCommands.receipt("call-1", TO, SAT_10, WED_10));

    CallOutcome outcome = gate().build().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Placed.class, p -> {
      assertThat(p.scheduleWarning()).isPresent();
      assertThat(p.scheduleWarning().get().scheduledAt()).isEqualTo(SAT_10);
      assertThat(p.scheduleWarning().get().reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW);
    });
  }

  @Test
  void scheduledAtInsideTheWindow_placedWithoutWarning() {
    commands.then(() -> ScriptedCommands.receipt("call-1", TO, WED_10.plus(Duration.ofHours(2)), WED_10));

    CallOutcome outcome = gate().build().callIfEligible(ID, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Placed.class,
        p -> assertThat(p.scheduleWarning()).isEmpty());
  }
}
