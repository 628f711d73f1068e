package ai.talkover.campaigns.application.service;

import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.Contact;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a contact's ledger attempts to its history: those the campaign's {@code calls[]} cannot show
 * yet, that is those later than the newest {@code calls[]} attempt to the number (the API records a
 * call at or after the instant it was placed, so an older ledger attempt is already in
 * {@code calls[]}). A ledger attempt counts once; one placed on a skewed clock before its
 * {@code calls[]} entry counts twice, which only ever blocks a call.
 */
final class LedgerMerge {

  private LedgerMerge() {}

  static Contact withLedger(Campaign campaign, Contact contact, List<CallAttempt> ledger) {
    if (ledger.isEmpty()) {
      return contact;
    }
    Instant newest = null;
    for (CallAttempt a : campaign.history(contact.number())) {
      if (newest == null || a.at().isAfter(newest)) {
        newest = a.at();
      }
    }
    List<CallAttempt> known = new ArrayList<>(contact.knownAttempts());
    for (CallAttempt a : ledger) {
      if (newest == null || a.at().isAfter(newest)) {
        known.add(a);
      }
    }
    return known.size() == contact.knownAttempts().size() ? contact : contact.withKnownAttempts(known);
  }
}
