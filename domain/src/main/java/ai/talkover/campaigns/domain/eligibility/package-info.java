/**
 * Rules 1 to 12: the {@link ai.talkover.campaigns.domain.eligibility.EligibilityEngine} decides for
 * one contact ({@link ai.talkover.campaigns.domain.eligibility.Decision}, with every failing {@link
 * ai.talkover.campaigns.domain.eligibility.Reason}) or plans a list ({@link
 * ai.talkover.campaigns.domain.eligibility.PlannedContact}).
 *
 * <p>The engine never reads a clock: {@code now} is always an argument. Its fast paths live in the
 * package {@code eligibility.internal}, which is not exported.
 */
package ai.talkover.campaigns.domain.eligibility;
