package ai.talkover.campaigns.json;

import java.util.Map;

/**
 * Make Campaign Call's request (API spec §3.8) as this module reads and writes it. Immutable and
 * thread-safe.
 *
 * @param to the number to call, E.164 as written; nullable (the API answers 422)
 * @param payload the prompt's replacement variables as plain Java values; {@code null} is read as
 *     none; written only when not empty
 * @param context data echoed in the call's webhooks, as plain Java values; {@code null} is read as
 *     none; written only when not empty
 * @param testing {@code is_testing}: a test call, without billing or analytics
 * @param allowDuplicates {@code allow_duplicates}: whether the API may queue a second active call to
 *     {@code to} in the campaign
 * @param unknownFields members this library does not model, as plain Java values; {@code null} is
 *     read as none
 */
public record CallRequestBody(String to, Map<String, Object> payload, Map<String, Object> context,
    boolean testing, boolean allowDuplicates, Map<String, Object> unknownFields) {

  /** Reads {@code null} maps as empty ones (the maps are not copied: JSON values are written as given). */
  public CallRequestBody {
    payload = payload == null ? Map.of() : payload;
    context = context == null ? Map.of() : context;
    unknownFields = unknownFields == null ? Map.of() : unknownFields;
  }
}
