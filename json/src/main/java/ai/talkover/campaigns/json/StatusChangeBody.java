package ai.talkover.campaigns.json;

import java.time.Instant;
import java.util.Map;

/**
 * Update Campaign Status's 200 answer (API spec §3.6): the envelope's {@code data} and its
 * {@code message}. Immutable and thread-safe.
 *
 * @param id the campaign id; nullable (absent in the body)
 * @param status the status now, as written (unknown values kept); never {@code null} when read
 * @param updatedAt when the change took effect; nullable
 * @param message the envelope's {@code message}; nullable
 * @param unknownFields members of {@code data} this library does not model; never {@code null}
 */
public record StatusChangeBody(String id, String status, Instant updatedAt, String message,
    Map<String, Object> unknownFields) {

  /** Reads {@code null} unknown members as none. */
  public StatusChangeBody {
    unknownFields = unknownFields == null ? Map.of() : unknownFields;
  }
}
