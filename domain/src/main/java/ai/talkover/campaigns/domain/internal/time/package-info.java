/**
 * Internal, not exported: sets of instants read in local time (call window, recipient hours, blackout
 * dates) computed with arithmetic on a zone's UTC offsets ({@link
 * ai.talkover.campaigns.domain.internal.time.ZoneTimeline}), and their intersection.
 */
package ai.talkover.campaigns.domain.internal.time;
