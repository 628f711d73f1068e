package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the fleet ledger's attempts on a number to the gate's own unlisted ones: a ledger attempt
 * counts when it is later than the newest {@code calls[]} attempt to the number (an older one is
 * listed already) and the gate's own history holds no attempt at its instant (the gate reserves in
 * the ledger at the instant it records, so that attempt is the gate's own). A ledger attempt on a
 * skewed clock may count twice, which only ever blocks a call.
 */
final class FleetAttempts {

  private FleetAttempts() {}

  static List<CallAttempt> merged(Campaign campaign, PhoneNumber number, List<CallAttempt> own,
      List<CallAttempt> ledger) {
    if (ledger.isEmpty()) {
      return own;
    }
    Instant newest = null;
    for (CallAttempt a : campaign.history(number)) {
      if (newest == null || a.at().isAfter(newest)) {
        newest = a.at();
      }
    }
    Set<Long> ownMillis = new HashSet<>();
    for (CallAttempt a : own) {
      ownMillis.add(a.at().toEpochMilli());
    }
    List<CallAttempt> all = new ArrayList<>(own);
    for (CallAttempt a : ledger) {
      if ((newest == null || a.at().isAfter(newest)) && !ownMillis.contains(a.at().toEpochMilli())) {
        all.add(a);
      }
    }
    return all;
  }

  /** The ledger's attempts without the one a reservation made at {@code reservedAt} (nullable). */
  static List<CallAttempt> without(List<CallAttempt> ledger, Instant reservedAt) {
    if (reservedAt == null || ledger.isEmpty()) {
      return ledger;
    }
    long reserved = reservedAt.toEpochMilli();
    List<CallAttempt> rest = new ArrayList<>(ledger.size());
    for (CallAttempt a : ledger) {
      if (a.at().toEpochMilli() != reserved) {
        rest.add(a);
      }
    }
    return rest;
  }
}
