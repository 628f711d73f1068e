package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The attempts placed on each (campaign, number) that the campaign's {@code calls[]} may not show yet,
 * shared by every node that dials: the decision path adds them to a contact's history (so the rolling
 * attempt cap and "call in progress" hold across a fleet), and the call gate reserves a number in it
 * before it dials.
 *
 * <p>Reads are advisory: when the ledger cannot be read they answer with nothing (the node's own
 * {@code calls[]} still counts). Reservations are the guard and fail closed: when the ledger cannot
 * be written, {@link #tryReserve} throws and no call may be placed.
 *
 * <p><b>Thread-safety:</b> implementations must be safe for concurrent use by any number of threads,
 * and {@link #tryReserve} atomic across every node sharing the ledger. <b>Nullness:</b> no argument may
 * be {@code null} and no method returns {@code null}.
 */
public interface AttemptLedger {

  /**
   * The status a reserved attempt has while its call is running (group
   * {@link CallStatus.Group#IN_FLIGHT}, so decisions say {@code CALL_IN_PROGRESS}).
   */
  CallStatus IN_PROGRESS = CallStatus.of("in_progress");

  /**
   * The status a reserved attempt has when its reservation lapsed without {@link #release}: the
   * call was placed but its outcome is not known (it counts towards caps like any attempt).
   */
  CallStatus UNKNOWN_OUTCOME = CallStatus.of("unknown");

  /**
   * The attempts on one number of one campaign that the ledger holds (at most the ledger's retention
   * old), oldest first.
   *
   * @param campaign the campaign
   * @param number the number
   * @return the attempts, possibly empty (also when the ledger cannot be read)
   */
  List<CallAttempt> attempts(CampaignId campaign, PhoneNumber number);

  /**
   * {@link #attempts(CampaignId, PhoneNumber)} for many numbers (for plans); implementations may read
   * them in one round trip.
   *
   * @param campaign the campaign
   * @param numbers the numbers
   * @return for each number with at least one attempt, its attempts
   */
  default Map<PhoneNumber, List<CallAttempt>> attempts(CampaignId campaign,
      Collection<PhoneNumber> numbers) {
    Objects.requireNonNull(numbers, "numbers");
    Map<PhoneNumber, List<CallAttempt>> out = new LinkedHashMap<>();
    for (PhoneNumber n : numbers) {
      List<CallAttempt> a = attempts(campaign, n);
      if (!a.isEmpty()) {
        out.put(n, a);
      }
    }
    return out;
  }

  /**
   * Atomically, for every node: refuses when the number has a live reservation (a call in progress)
   * or when {@code cap} attempts are already known within its period before {@code now}; otherwise
   * records an attempt at {@code now} with status {@link #IN_PROGRESS} and reserves the number for
   * {@code ttl}. The attempts known are the ledger's and the campaign's {@code calls[]} to the number
   * ({@code listed}), each attempt once: a listed call whose id a ledger attempt carries (released
   * with {@link #release(Reservation, CallStatus, String)}) is that attempt. A listed call without an
   * id, or one placed while its ledger attempt was still in progress, may count twice, which only
   * ever refuses a call.
   *
   * @param campaign the campaign
   * @param number the number
   * @param cap the rolling cap to hold
   * @param ttl how long the reservation lives unless released (the longest a call may take)
   * @param now the instant of the attempt
   * @param listed the campaign's {@code calls[]} entries to the number, from a fresh read; not
   *     {@code null}, may be empty
   * @return the reservation, granted or refused with the reason
   * @throws AttemptLedgerUnavailableException when the ledger cannot be read or written: the call
   *     must not be placed (fail closed)
   */
  Reservation tryReserve(CampaignId campaign, PhoneNumber number, AttemptCap cap, Duration ttl,
      Instant now, Collection<CallRecord> listed);

  /**
   * {@link #tryReserve(CampaignId, PhoneNumber, AttemptCap, Duration, Instant, Collection)} with no
   * {@code calls[]} entries: the cap counts the ledger's attempts only.
   *
   * @param campaign the campaign
   * @param number the number
   * @param cap the rolling cap to hold
   * @param ttl how long the reservation lives unless released
   * @param now the instant of the attempt
   * @return the reservation, granted or refused with the reason
   * @throws AttemptLedgerUnavailableException when the ledger cannot be read or written
   */
  default Reservation tryReserve(CampaignId campaign, PhoneNumber number, AttemptCap cap,
      Duration ttl, Instant now) {
    return tryReserve(campaign, number, cap, ttl, now, List.of());
  }

  /**
   * Ends a granted reservation and records the call's outcome on its attempt, and the id the API
   * gave the call (so that the cap counts the call once when {@code calls[]} lists it). Releasing a
   * refused, lapsed or already released reservation changes nothing.
   *
   * @param reservation the reservation {@link #tryReserve} granted
   * @param outcome the call's outcome, for example {@code no_answer}
   * @param callId the API's id of the call; nullable (none placed, or not known)
   * @throws AttemptLedgerUnavailableException when the ledger cannot be written (the reservation then
   *     lapses at its ttl and its attempt reads as {@link #UNKNOWN_OUTCOME})
   */
  void release(Reservation reservation, CallStatus outcome, String callId);

  /**
   * {@link #release(Reservation, CallStatus, String)} without a call id.
   *
   * @param reservation the reservation {@link #tryReserve} granted
   * @param outcome the call's outcome
   * @throws AttemptLedgerUnavailableException when the ledger cannot be written
   */
  default void release(Reservation reservation, CallStatus outcome) {
    release(reservation, outcome, null);
  }

  /**
   * A ledger that holds nothing and grants every reservation: one process with no fleet, where the
   * caller's own serialisation is the only guard.
   *
   * @return the empty ledger
   */
  static AttemptLedger none() {
    return new AttemptLedger() {
      @Override
      public List<CallAttempt> attempts(CampaignId campaign, PhoneNumber number) {
        return List.of();
      }

      @Override
      public Reservation tryReserve(CampaignId campaign, PhoneNumber number, AttemptCap cap,
          Duration ttl, Instant now, Collection<CallRecord> listed) {
        return Reservation.granted(campaign, number, now, "none");
      }

      @Override
      public void release(Reservation reservation, CallStatus outcome, String callId) {
        // nothing is held
      }

      @Override
      public String toString() {
        return "AttemptLedger.none()";
      }
    };
  }

  /**
   * The answer of {@link #tryReserve}: granted (with the fencing token that releases it) or refused
   * with the reason.
   *
   * @param campaign the campaign
   * @param number the number
   * @param at the instant of the attempt
   * @param outcome granted or why not
   * @param token the fencing token of a granted reservation; empty when refused
   */
  record Reservation(CampaignId campaign, PhoneNumber number, Instant at, Outcome outcome,
      String token) {

    /** Why a reservation was or was not granted. */
    public enum Outcome {
      /** Granted: the attempt is recorded and the number reserved. */
      GRANTED,
      /** Refused: another node's call to the number is in progress. */
      CALL_IN_PROGRESS,
      /** Refused: the rolling attempt cap is reached. */
      ATTEMPT_CAP_REACHED
    }

    /** Checks the values. */
    public Reservation {
      Objects.requireNonNull(campaign, "campaign");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(token, "token");
      if ((outcome == Outcome.GRANTED) == token.isEmpty()) {
        throw new IllegalArgumentException("token: a granted reservation has one, a refused none");
      }
    }

    /**
     * A granted reservation.
     *
     * @param campaign the campaign
     * @param number the number
     * @param at the attempt's instant
     * @param token the fencing token; not empty
     * @return the reservation
     */
    public static Reservation granted(CampaignId campaign, PhoneNumber number, Instant at,
        String token) {
      return new Reservation(campaign, number, at, Outcome.GRANTED, token);
    }

    /**
     * A refused reservation.
     *
     * @param campaign the campaign
     * @param number the number
     * @param at the instant asked for
     * @param why the reason; not {@link Outcome#GRANTED}
     * @return the reservation
     */
    public static Reservation refused(CampaignId campaign, PhoneNumber number, Instant at,
        Outcome why) {
      return new Reservation(campaign, number, at, why, "");
    }

    /**
     * Whether the call may be placed.
     *
     * @return true when granted
     */
    public boolean isGranted() {
      return outcome == Outcome.GRANTED;
    }
  }
}
