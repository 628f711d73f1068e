package ai.talkover.campaigns.application.port.in;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.QueuedCall;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What {@link CallIfEligibleUseCase} did with one number: {@link Placed}, {@link Refused},
 * {@link Duplicate} or {@link OutcomeUnknown}. Never a bare boolean; every variant is an immutable
 * value.
 */
public sealed interface CallOutcome
    permits CallOutcome.Placed, CallOutcome.Refused, CallOutcome.Duplicate, CallOutcome.OutcomeUnknown {

  /**
   * The API queued the call.
   *
   * @param call the queued call; never {@code null}
   * @param decision the local decision the call was placed on (callable); never {@code null}
   * @param warning set when the API's {@code scheduled_at} lies outside the instants the local
   *     decision allows; nullable
   */
  record Placed(QueuedCall call, Decision decision, ScheduleWarning warning) implements CallOutcome {
    /** Checks the required components. */
    public Placed {
      Objects.requireNonNull(call, "call");
      Objects.requireNonNull(decision, "decision");
    }

    /**
     * The scheduling warning.
     *
     * @return the warning, or empty when {@code scheduled_at} is allowed (or absent)
     */
    public Optional<ScheduleWarning> scheduleWarning() {
      return Optional.ofNullable(warning);
    }
  }

  /**
   * No call was sent (or the API refused it without queuing).
   *
   * @param decision the decision: every reason, in rule order, and the next eligible instant; never
   *     {@code null}
   * @param cause who refused; never {@code null}
   */
  record Refused(Decision decision, Cause cause) implements CallOutcome {

    /** Who refused the call. */
    public enum Cause {
      /** The local rules and policies, on fresh data (the reasons say which). */
      RULES,
      /** Another attempt to the number holds its reservation ({@link Reason#CALL_IN_PROGRESS}). */
      NUMBER_RESERVED,
      /** The API answered 400 "Campaign is not active" ({@link Reason#CAMPAIGN_NOT_ACTIVE}). */
      CAMPAIGN_NOT_ACTIVE,
      /**
       * Fleet mode: the fleet's attempt ledger could not be reached, so whether another node is
       * calling the number is unknown and no call was sent (fail closed; the decision says
       * {@link Reason#CALL_IN_PROGRESS}).
       */
      FLEET_UNAVAILABLE
    }

    /** Checks the components. */
    public Refused {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(cause, "cause");
    }

    /**
     * Every reason, in rule order.
     *
     * @return the decision's reasons; never empty
     */
    public Set<Reason> reasons() {
      return decision.reasons();
    }

    /**
     * When the number may next be called.
     *
     * @return the decision's next eligible instant, or empty
     */
    public Optional<Instant> nextEligibleAt() {
      return decision.nextEligibleAt();
    }
  }

  /**
   * The API answered 409: the number already has an active or queued call in the campaign.
   *
   * @param existingCall the call the API named; nullable when its 409 body carried none
   */
  record Duplicate(QueuedCall existingCall) implements CallOutcome {
    /**
     * The existing call.
     *
     * @return the call, or empty
     */
    public Optional<QueuedCall> existing() {
      return Optional.ofNullable(existingCall);
    }
  }

  /**
   * The request may have reached the API, and re-reading the campaign found no new call to the
   * number. The attempt counts as a call in progress, and towards caps, until {@code holdUntil}: the
   * gate will not dial the number again blind.
   *
   * @param startedAt when the attempt began; never {@code null}
   * @param holdUntil until when the attempt blocks the number; never {@code null}
   * @param failure what failed: usually a {@link CampaignQueryException} (timeout, reset, 5xx, a
   *     damaged answer); never {@code null}
   */
  record OutcomeUnknown(Instant startedAt, Instant holdUntil, RuntimeException failure)
      implements CallOutcome {
    /** Checks the components. */
    public OutcomeUnknown {
      Objects.requireNonNull(startedAt, "startedAt");
      Objects.requireNonNull(holdUntil, "holdUntil");
      Objects.requireNonNull(failure, "failure");
    }
  }

  /**
   * The API scheduled a placed call for an instant the local decision does not allow (for example
   * outside the recipient's hours: the API applies only the campaign's own zone and rules).
   *
   * @param scheduledAt the API's {@code scheduled_at}; never {@code null}
   * @param reasons the rules that fail at that instant; never empty
   * @param nextAllowedAt the first allowed instant from then on; nullable (none)
   */
  record ScheduleWarning(Instant scheduledAt, Set<Reason> reasons, Instant nextAllowedAt) {
    /** Checks and copies the components. */
    public ScheduleWarning {
      Objects.requireNonNull(scheduledAt, "scheduledAt");
      reasons = Set.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("reasons: a warning has a reason");
      }
    }
  }
}
