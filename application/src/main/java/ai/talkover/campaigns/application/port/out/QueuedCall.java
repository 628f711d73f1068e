package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.UnknownFields;
import java.time.Instant;
import java.util.Map;
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
 * @param status the status as written ({@code queued}, {@code scheduled} or any value the API adds,
 *     kept as written); nullable
 * @param scheduledAt the expected placement time; nullable (optional in the API)
 * @param createdAt when the API created the call; nullable only in an {@code existing_call}
 * @param unknownFields members of the API's call object that this library does not model, as plain
 *     Java values (String, Number, Boolean, List, Map or null); {@code null} is read as none. Kept as
 *     an unmodifiable copy in input order (nested lists and maps are unmodifiable copies too, as
 *     {@link UnknownFields#copyOf} makes them); never {@code null}
 */
public record QueuedCall(String id, String campaignId, String to, String status,
    Instant scheduledAt, Instant createdAt, Map<String, Object> unknownFields) {

  /** Checks that the id is present and copies {@code unknownFields}. */
  public QueuedCall {
    Objects.requireNonNull(id, "id");
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * A queued call without unknown members.
   *
   * @param id the call id; never {@code null}
   * @param campaignId the campaign's id as the API wrote it; nullable
   * @param to the number as the API wrote it; nullable
   * @param status the status as written; nullable
   * @param scheduledAt the expected placement time; nullable
   * @param createdAt when the API created the call; nullable
   */
  public QueuedCall(
      String id, String campaignId, String to, String status, Instant scheduledAt, Instant createdAt) {
    this(id, campaignId, to, status, scheduledAt, createdAt, Map.of());
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
