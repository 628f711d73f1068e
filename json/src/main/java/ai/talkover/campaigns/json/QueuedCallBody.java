package ai.talkover.campaigns.json;

import java.time.Instant;
import java.util.Map;

/**
 * A call the API queued: Make Campaign Call's {@code campaign_call} (201) or {@code existing_call}
 * (409), API spec §3.8. Immutable and thread-safe.
 *
 * @param id the call id, to correlate with webhooks; never blank when read
 * @param campaignId the campaign's id; nullable
 * @param to the number; nullable
 * @param status {@code queued}, {@code scheduled} or any other value, as written; nullable
 * @param scheduledAt the expected placement; nullable (optional in the docs)
 * @param createdAt when the API created the call; never {@code null} in a 201 as read, nullable in
 *     a 409
 * @param unknownFields members this library does not model, as plain Java values (sorted by name);
 *     never {@code null}
 */
public record QueuedCallBody(String id, String campaignId, String to, String status,
    Instant scheduledAt, Instant createdAt, Map<String, Object> unknownFields) {

  /** Reads {@code null} unknown members as none. */
  public QueuedCallBody {
    unknownFields = unknownFields == null ? Map.of() : unknownFields;
  }
}
