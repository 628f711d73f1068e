/**
 * The Talkover campaign model and the call-eligibility engine of {@code eligibility-rules.md}.
 *
 * <p>Pure Java: no dependencies, no I/O, and no clock reads. Every method that needs "now" takes it
 * as an {@link java.time.Instant} argument. The exported packages read as a table of contents of
 * the rules: {@code campaign} (the campaign as the API writes it, validated), {@code contact} (the
 * number and its attempts), {@code schedule} (the call window, rule 9), {@code eligibility} (rules 1
 * to 12, the decision and the plan) and {@code compliance} (the opt-in policies). The
 * {@code internal} packages (fast paths, parsing helpers) are not exported.
 */
module ai.talkover.campaigns.domain {
  exports ai.talkover.campaigns.domain.campaign;
  exports ai.talkover.campaigns.domain.contact;
  exports ai.talkover.campaigns.domain.schedule;
  exports ai.talkover.campaigns.domain.eligibility;
  exports ai.talkover.campaigns.domain.compliance;
}
