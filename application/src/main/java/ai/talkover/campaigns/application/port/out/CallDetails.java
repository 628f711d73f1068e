package ai.talkover.campaigns.application.port.out;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a queued call carries besides its number (Make Campaign Call, API spec §3.8): the
 * {@code payload} (replacement variables for the agent prompt), the {@code context} (echoed back in
 * every webhook event) and {@code is_testing}. There is deliberately no {@code allow_duplicates}:
 * this library always sends {@code false}, so the API refuses a second active call to a number.
 * Immutable.
 *
 * @param payload prompt variables, as plain JSON values (String, Number, Boolean, List, Map or
 *     null); {@code null} is read as none; never {@code null} once built
 * @param context webhook context, as plain JSON values; {@code null} is read as none; never
 *     {@code null} once built
 * @param testing whether this is a test call (no billing credits, left out of analytics)
 */
public record CallDetails(Map<String, Object> payload, Map<String, Object> context, boolean testing) {

  private static final CallDetails NONE = new CallDetails(Map.of(), Map.of(), false);

  /** Copies the maps (unmodifiable, input order kept, JSON nulls allowed). */
  public CallDetails {
    payload = copy("payload", payload);
    context = copy("context", context);
  }

  /**
   * A call with no payload, no context, not a test.
   *
   * @return the shared instance
   */
  public static CallDetails none() {
    return NONE;
  }

  /**
   * These details with another payload.
   *
   * @param payload the payload; nullable (none)
   * @return new details
   */
  public CallDetails withPayload(Map<String, Object> payload) {
    return new CallDetails(payload, context, testing);
  }

  /**
   * These details with another context.
   *
   * @param context the context; nullable (none)
   * @return new details
   */
  public CallDetails withContext(Map<String, Object> context) {
    return new CallDetails(payload, context, testing);
  }

  /**
   * These details as a test call or not.
   *
   * @param testing whether the call is a test call
   * @return new details
   */
  public CallDetails withTesting(boolean testing) {
    return new CallDetails(payload, context, testing);
  }

  private static Map<String, Object> copy(String field, Map<String, Object> m) {
    if (m == null || m.isEmpty()) {
      return Map.of();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    m.forEach((k, v) -> out.put(Objects.requireNonNull(k, () -> field + ": a key is null"), v));
    return Collections.unmodifiableMap(out);
  }
}
