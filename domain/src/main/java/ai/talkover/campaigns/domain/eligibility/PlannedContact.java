package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.contact.Contact;
import java.util.Objects;

/**
 * One row of a plan: a contact and its decision.
 *
 * @param contact the contact; never {@code null}
 * @param decision its decision; never {@code null}
 */
public record PlannedContact(Contact contact, Decision decision) {

  /** Checks the components. */
  public PlannedContact {
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(decision, "decision");
  }
}
