/**
 * The Talkover campaign model and the call-eligibility engine.
 *
 * <p>Pure Java: no dependencies, no I/O, and no clock reads. Every method that needs "now" takes it
 * as an {@link java.time.Instant} argument. All types are immutable and thread-safe unless stated
 * otherwise. Methods reject {@code null} arguments with {@link NullPointerException} unless a
 * parameter is documented as nullable.
 *
 * <p>The rules implemented here are those of {@code eligibility-rules.md}; the entry points are
 * {@link ai.talkover.campaigns.domain.Campaign#builder()} to build and validate a campaign,
 * {@link ai.talkover.campaigns.domain.EligibilityEngine} to decide for one number or plan a list,
 * and {@link ai.talkover.campaigns.domain.CallWindow} for calendar questions.
 */
package ai.talkover.campaigns.domain;
