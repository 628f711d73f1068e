/**
 * When a campaign may call (rule 9): the {@link ai.talkover.campaigns.domain.schedule.CallWindow} of
 * days, daily {@link ai.talkover.campaigns.domain.schedule.TimeRange}s, zone and dates, and its open
 * {@link ai.talkover.campaigns.domain.schedule.Interval}s for calendars.
 *
 * <p>All types are immutable and thread-safe.
 */
package ai.talkover.campaigns.domain.schedule;
