package ai.talkover.campaigns.application.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A call the API has queued under a campaign: Make Campaign Call's {@code campaign_call}, or the
 * {@code existing_call} of its 409 answer. Immutable.
 *
 * @param id the call id (correlates with webhooks); never {@code null}
 * @param campaignId the campaign's id as the API wrote it; nullable (an {@code existing_call} may
 *     omit it)
 * @param to the number as the API wrote it; nullable
 * @param status the status as written ({@code queued} or {@code scheduled}); nullable
 * @param scheduledAt the expected placement time; nullable (optional in the API)
 * @param createdAt when the API created the call; nullable only in an {@code existing_call}
 */
public record QueuedCall(
    String id, String campaignId, String to, String status, Instant scheduledAt, Instant createdAt) {

  /** Checks that the id is present. */
  public QueuedCall {
    Objects.requireNonNull(id, "id");
  }

  /**
   * The expected placement time.
   *
   * @return the instant, or empty when the API did not say
   */
  public Optional<Instant> scheduled() {
    return Optional.ofNullable(scheduledAt);
  }
}
