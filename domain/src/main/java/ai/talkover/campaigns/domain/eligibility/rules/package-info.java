/**
 * Internal, not exported: the rules of {@code eligibility-rules.md}, one class each, which
 * {@link ai.talkover.campaigns.domain.eligibility.EligibilityEngine} composes in the spec's order.
 * Each returns a {@link ai.talkover.campaigns.domain.eligibility.rules.Verdict}: no objection, a
 * permanent block, a lower bound, or "now is outside this set of instants".
 *
 * <table>
 *   <caption>Where each rule lives</caption>
 *   <tr><th>rule</th><th>class</th></tr>
 *   <tr><td>1 {@code CAMPAIGN_NOT_ACTIVE}</td><td>{@link CampaignActiveRule}</td></tr>
 *   <tr><td>2 {@code DO_NOT_CALL}</td><td>{@link DoNotCallRule}</td></tr>
 *   <tr><td>3 {@code CALL_IN_PROGRESS}</td><td>{@link CallInProgressRule}</td></tr>
 *   <tr><td>4 {@code CONTACT_COMPLETED}</td><td>{@link ContactCompletedRule}</td></tr>
 *   <tr><td>5 {@code MAX_RETRIES_REACHED}</td><td>{@link MaxRetriesRule}</td></tr>
 *   <tr><td>6 {@code CAMPAIGN_ENDED}</td><td>{@link CampaignEndedRule}</td></tr>
 *   <tr><td>7 {@code INITIAL_DELAY}</td><td>{@link InitialDelayRule}</td></tr>
 *   <tr><td>8 {@code COOLDOWN}</td><td>{@link CooldownRule}</td></tr>
 *   <tr><td>9 {@code BEFORE_START_DATE}, {@code OUTSIDE_CALL_WINDOW}</td>
 *       <td>{@link CallWindowRule}</td></tr>
 *   <tr><td>10 {@code NO_WINDOW_AVAILABLE}, next eligible instant</td>
 *       <td>{@link NextEligibleRule}</td></tr>
 *   <tr><td>11 callable</td><td>{@link CallableRule}</td></tr>
 *   <tr><td>12 reasons</td><td>each verdict's {@link Verdict#reasons()}, combined by the engine</td></tr>
 *   <tr><td>opt-in {@code RECIPIENT_QUIET_HOURS}</td><td>{@link RecipientHoursRule}</td></tr>
 *   <tr><td>opt-in {@code RECIPIENT_ZONE_UNKNOWN}</td><td>{@link RecipientZoneRule}</td></tr>
 *   <tr><td>opt-in {@code BLACKOUT_DATE}</td><td>{@link BlackoutDateRule}</td></tr>
 *   <tr><td>opt-in {@code ATTEMPT_CAP}</td><td>{@link AttemptCapRule}</td></tr>
 * </table>
 *
 * <p>The rules read a {@link History} (the contact's attempts as the rules count them) and the
 * campaign's values; the engine's fast paths ({@code eligibility.internal}) prepare those once per
 * campaign.
 */
package ai.talkover.campaigns.domain.eligibility.rules;
