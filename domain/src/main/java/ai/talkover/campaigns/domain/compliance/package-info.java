/**
 * The opt-in policies of this library on top of rules 1 to 12 ({@link
 * ai.talkover.campaigns.domain.compliance.CompliancePolicies}): recipient hours in the recipient's own
 * zones, blackout dates, a rolling attempt cap; and the out-port that tells a number's zones.
 *
 * <p>All types are immutable and thread-safe.
 */
package ai.talkover.campaigns.domain.compliance;
