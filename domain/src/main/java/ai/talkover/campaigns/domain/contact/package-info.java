/**
 * The contact being decided on: its {@link ai.talkover.campaigns.domain.contact.PhoneNumber} (the
 * E.164 shape of the rules' inputs), when it was enqueued, and its attempts with the status
 * vocabulary the rules read ({@link ai.talkover.campaigns.domain.contact.CallStatus.Group}).
 *
 * <p>All types are immutable and thread-safe.
 */
package ai.talkover.campaigns.domain.contact;
