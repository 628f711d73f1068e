package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.application.port.in.CallIfEligibleUseCase;
import ai.talkover.campaigns.application.port.in.CallOutcome;
import ai.talkover.campaigns.application.port.in.CallOutcome.Refused.Cause;
import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.AttemptLedger.Reservation;
import ai.talkover.campaigns.application.port.out.AttemptLedgerUnavailableException;
import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.application.port.out.CallReceipt;
import ai.talkover.campaigns.application.port.out.CampaignCommands;
import ai.talkover.campaigns.application.port.out.CampaignNotActiveException;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.application.port.out.DuplicateCallException;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The compliance gate ({@link CallIfEligibleUseCase}). One call goes, in order:
 *
 * <ol>
 *   <li><b>decide on fresh data</b>: the campaign re-read past the cache ({@link
 *       CampaignQuery#getFresh}), plus the gate's own attempts that the API does not list yet;
 *       a number that is not callable is refused with the full decision and nothing is reserved;
 *   <li><b>reserve</b> the number (one holder per number in this process; another attempt holding it
 *       refuses with {@link Cause#NUMBER_RESERVED}); then decide again on the history as it is now,
 *       since another holder may have called just before;
 *   <li>in fleet mode ({@link Builder#fleet}), <b>reserve fleet-wide</b> in the
 *       {@link AttemptLedger} ({@link AttemptLedger#tryReserve}, atomic for every node): another
 *       node's live reservation refuses with {@link Cause#NUMBER_RESERVED}, the ledger's rolling cap
 *       with {@link Cause#RULES} ({@link Reason#ATTEMPT_CAP}), and a ledger that cannot be reached
 *       with {@link Cause#FLEET_UNAVAILABLE}: fail closed, nothing is sent; once granted, decide a
 *       last time on the ledger as it is now (another node may have reserved, called and released
 *       between the first ledger read and this reservation), and refuse and release if that node's
 *       call now blocks this one;
 *   <li><b>send once</b> ({@link CampaignCommands#placeCall}, {@code allow_duplicates} never true);
 *   <li><b>record</b> the attempt in the gate's history and invalidate the campaign in the cache
 *       (through the campaign query given, which in fleet mode tells every node);
 *   <li><b>release</b> the reservations: the ledger's with the call's status when the call was
 *       placed, and when it certainly was not (409 duplicate, 400 not active, a refusal before
 *       sending). After an unknown outcome the ledger's reservation is not released: it lapses after
 *       the hold and its attempt reads as {@link AttemptLedger#UNKNOWN_OUTCOME}, so no node dials
 *       the number again blind. A release the ledger cannot write lapses the same way.
 * </ol>
 *
 * <p>Decisions add the ledger's attempts that neither {@code calls[]} nor the gate's own history
 * shows yet (later than the newest {@code calls[]} attempt, at an instant the own history does not
 * hold), so caps and "call in progress" hold across the fleet.
 *
 * <p>After a failure that may have left a call queued (timeout, reset, 5xx, a damaged answer), the
 * attempt is recorded as of unknown outcome first, then the campaign is re-read: a call to the number
 * that the first read did not list and that was created since the attempt began (less a clock-skew
 * tolerance) makes the outcome {@link CallOutcome.Placed}; otherwise it is
 * {@link CallOutcome.OutcomeUnknown}, and the attempt counts as a call in progress and towards caps
 * for the hold period, so nothing dials the number again blind.
 *
 * <p>Now comes from the injected {@link Clock}. Thread-safe when its ports are.
 */
public final class CallGateService implements CallIfEligibleUseCase {

  private static final Decision RESERVED =
      Decision.of(false, null, Set.of(Reason.CALL_IN_PROGRESS));
  private static final Decision NOT_ACTIVE =
      Decision.of(false, null, Set.of(Reason.CAMPAIGN_NOT_ACTIVE));
  private static final CallStatus NOT_PLACED = CallStatus.of("not_placed");
  private static final CallStatus DUPLICATE = CallStatus.of("duplicate");

  private final CampaignQuery campaigns;
  private final CampaignCommands commands;
  private final DoNotCallList doNotCall;
  private final EligibilityEngine engine;
  private final Clock clock;
  private final LocalReservations reservations = new LocalReservations();
  private final LocalHistory history = new LocalHistory();
  private final Duration hold;
  private final Duration placedRetention;
  private final Duration skewTolerance;
  private final AttemptLedger ledger;
  private final AttemptCap fleetCap;

  private CallGateService(Builder b) {
    this.campaigns = b.campaigns;
    this.commands = b.commands;
    this.doNotCall = b.doNotCallList;
    this.engine = b.engine;
    this.clock = b.clock;
    this.hold = b.hold;
    this.placedRetention = b.placedRetention;
    this.skewTolerance = b.skewTolerance;
    this.ledger = b.ledger;
    this.fleetCap = b.fleetCap != null ? b.fleetCap
        : new AttemptCap(Integer.MAX_VALUE, b.placedRetention);
  }

  /**
   * A builder.
   *
   * @param campaigns where campaigns are read (the cached query: fresh reads go past its cache, and
   *     it is invalidated after each attempt); not {@code null}
   * @param commands where calls are sent; not {@code null}
   * @param clock the source of now; not {@code null}
   * @return a new builder
   */
  public static Builder builder(CampaignQuery campaigns, CampaignCommands commands, Clock clock) {
    return new Builder(campaigns, commands, clock);
  }

  @Override
  public Decision wouldCall(CampaignId campaignId, Contact contact) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(contact, "contact");
    Campaign campaign = campaigns.getFresh(campaignId);
    Instant now = clock.instant();
    return engine.decide(campaign, withHistory(campaignId, campaign, contact, now), doNotCall, now);
  }

  @Override
  public CallOutcome callIfEligible(CampaignId campaignId, Contact contact, CallDetails details) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(details, "details");
    Campaign campaign = campaigns.getFresh(campaignId);
    Instant now = clock.instant();
    Decision first = engine.decide(campaign, withHistory(campaignId, campaign, contact, now),
        doNotCall, now);
    if (!first.callable()) {
      return new CallOutcome.Refused(first, Cause.RULES);
    }
    Optional<LocalReservations.Held> held = reservations.tryReserve(contact.number());
    if (held.isEmpty()) {
      return new CallOutcome.Refused(RESERVED, Cause.NUMBER_RESERVED);
    }
    try (LocalReservations.Held number = held.get()) {
      return underReservation(campaignId, campaign, contact, details, number);
    }
  }

  /** Decides again on the history as it is now (another holder may have called), then sends once. */
  private CallOutcome underReservation(CampaignId id, Campaign campaign, Contact contact,
      CallDetails details, LocalReservations.Held held) {
    Instant started = clock.instant();
    Contact known = withHistory(id, campaign, contact, started);
    Decision decision = engine.decide(campaign, known, doNotCall, started);
    if (!decision.callable()) {
      return new CallOutcome.Refused(decision, Cause.RULES);
    }
    String attemptId = UUID.randomUUID().toString();
    PhoneNumber number = contact.number();
    Reservation fleetWide = null;
    if (ledger != null) {
      try {
        fleetWide = ledger.tryReserve(id, number, fleetCap, hold, started, listedCalls(campaign, number));
      } catch (AttemptLedgerUnavailableException e) {
        return new CallOutcome.Refused(RESERVED, Cause.FLEET_UNAVAILABLE);
      }
      if (!fleetWide.isGranted()) {
        return fleetWide.outcome() == Reservation.Outcome.CALL_IN_PROGRESS
            ? new CallOutcome.Refused(RESERVED, Cause.NUMBER_RESERVED)
            : new CallOutcome.Refused(Decision.of(false, null, Set.of(Reason.ATTEMPT_CAP)),
                Cause.RULES);
      }
      // Another node may have reserved, called and released between the ledger read above and this
      // reservation: decide once more on the ledger as it is now that the number is ours fleet-wide.
      known = withHistory(id, campaign, contact, started, fleetWide.at());
      decision = engine.decide(campaign, known, doNotCall, started);
      if (!decision.callable()) {
        release(fleetWide, NOT_PLACED);
        return new CallOutcome.Refused(decision, Cause.RULES);
      }
    }
    CallReceipt receipt;
    try {
      receipt = commands.placeCall(id, number, details);
    } catch (DuplicateCallException e) {
      release(fleetWide, DUPLICATE);
      campaigns.invalidate(id);
      return new CallOutcome.Duplicate(e.existingCall().orElse(null));
    } catch (CampaignNotActiveException e) {
      release(fleetWide, NOT_PLACED);
      campaigns.invalidate(id);
      return new CallOutcome.Refused(NOT_ACTIVE, Cause.CAMPAIGN_NOT_ACTIVE);
    } catch (RuntimeException e) {
      if (PostFailures.certainlyNotProcessed(e)) {
        release(fleetWide, NOT_PLACED);
        throw e;
      }
      return afterUncertainFailure(id, campaign, known, decision, attemptId, started, e, fleetWide);
    }
    QueuedCall call = receipt.call();
    history.record(id, placed(attemptId, number, started, call.id()));
    release(fleetWide, CallStatus.of(call.status()), call.id());
    campaigns.invalidate(id);
    return new CallOutcome.Placed(call, decision, warning(campaign, known, call.scheduledAt(), started));
  }

  /**
   * Releases a granted fleet-wide reservation; one the ledger cannot write lapses after the hold
   * (its attempt then reads as of unknown outcome, which only ever blocks a call).
   */
  private void release(Reservation fleetWide, CallStatus outcome) {
    release(fleetWide, outcome, null);
  }

  /** As {@link #release(Reservation, CallStatus)}, with the API's id of the placed call. */
  private void release(Reservation fleetWide, CallStatus outcome, String callId) {
    if (fleetWide == null) {
      return;
    }
    try {
      ledger.release(fleetWide, outcome, callId);
    } catch (AttemptLedgerUnavailableException e) {
      // documented: the reservation lapses at its ttl and reads as UNKNOWN_OUTCOME
    }
  }

  private CallOutcome afterUncertainFailure(CampaignId id, Campaign before, Contact known,
      Decision decision, String attemptId, Instant started, RuntimeException failure,
      Reservation fleetWide) {
    PhoneNumber number = known.number();
    Instant holdUntil = started.plus(hold);
    history.record(id, new LocalAttempt(attemptId, number, started, null, holdUntil));
    campaigns.invalidate(id);
    Optional<CallRecord> found;
    try {
      found = newCallTo(campaigns.getFresh(id), before, number, started.minus(skewTolerance));
    } catch (RuntimeException reread) {
      failure.addSuppressed(reread);
      found = Optional.empty();
    }
    if (found.isEmpty()) {
      return new CallOutcome.OutcomeUnknown(started, holdUntil, failure);
    }
    CallRecord r = found.get();
    history.record(id, placed(attemptId, number, started, r.id()));
    release(fleetWide, r.attempt().status(), r.id());
    QueuedCall call = new QueuedCall(r.id(), id.value(), r.to(), r.attempt().status().value(), null,
        r.attempt().at(), r.unknownFields());
    return new CallOutcome.Placed(call, decision, null);
  }

  /** The campaign's {@code calls[]} entries to the number: the ledger's cap counts them too. */
  private static List<CallRecord> listedCalls(Campaign campaign, PhoneNumber number) {
    List<CallRecord> out = new ArrayList<>();
    for (CallRecord r : campaign.calls()) {
      if (r.number().filter(number::equals).isPresent()) {
        out.add(r);
      }
    }
    return out;
  }

  /** A call to the number that {@code before} did not list, created at or after {@code since}. */
  private static Optional<CallRecord> newCallTo(
      Campaign after, Campaign before, PhoneNumber number, Instant since) {
    Set<String> old = LocalHistory.listedCallIds(before, number);
    for (CallRecord r : after.calls()) {
      if (r.id() != null && !old.contains(r.id())
          && r.number().filter(number::equals).isPresent()
          && !r.attempt().at().isBefore(since)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private LocalAttempt placed(String attemptId, PhoneNumber number, Instant started, String callId) {
    return new LocalAttempt(attemptId, number, started, callId, started.plus(placedRetention));
  }

  /** Null when {@code scheduledAt} is absent, not after now, or allowed by the local rules. */
  private CallOutcome.ScheduleWarning warning(
      Campaign campaign, Contact known, Instant scheduledAt, Instant now) {
    if (scheduledAt == null || !scheduledAt.isAfter(now)) {
      return null;
    }
    Decision then = engine.decide(campaign, known, doNotCall, scheduledAt);
    return then.callable() ? null
        : new CallOutcome.ScheduleWarning(scheduledAt, then.reasons(), then.nextEligibleAt().orElse(null));
  }

  private Contact withHistory(CampaignId id, Campaign campaign, Contact contact, Instant now) {
    return withHistory(id, campaign, contact, now, null);
  }

  /**
   * The contact with the attempts the API does not list yet: the gate's own and the fleet ledger's,
   * without the ledger's attempt of this gate's own granted reservation ({@code reservedAt}, or
   * {@code null} when it holds none), which is this very call.
   */
  private Contact withHistory(CampaignId id, Campaign campaign, Contact contact, Instant now,
      Instant reservedAt) {
    List<CallAttempt> extra = history.unlisted(id, campaign, contact.number(), now);
    if (ledger != null) {
      extra = FleetAttempts.merged(campaign, contact.number(), extra,
          FleetAttempts.without(ledger.attempts(id, contact.number()), reservedAt));
    }
    if (extra.isEmpty()) {
      return contact;
    }
    List<CallAttempt> all = new ArrayList<>(contact.knownAttempts());
    all.addAll(extra);
    return contact.withKnownAttempts(all);
  }

  @Override
  public String toString() {
    return "CallGateService[hold=" + hold + (ledger == null ? "" : ", fleet=" + ledger) + "]";
  }

  /** Configures a {@link CallGateService}. Not thread-safe. */
  public static final class Builder extends CallGateOptions {

    private Builder(CampaignQuery campaigns, CampaignCommands commands, Clock clock) {
      super(campaigns, commands, clock);
    }

    /**
     * Builds the gate.
     *
     * @return the gate
     */
    public CallGateService build() {
      return new CallGateService(this);
    }
  }
}
