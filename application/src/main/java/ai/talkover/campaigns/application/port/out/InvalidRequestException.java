package ai.talkover.campaigns.application.port.out;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API rejected the request's fields (HTTP 422, Laravel's {@code errors} object): carries every
 * field the API named, as it spelled it ({@code to}, {@code status}, {@code payload.name}), with its
 * messages. Not retryable: the same request fails the same way.
 */
public final class InvalidRequestException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  private final transient Map<String, List<String>> fieldErrors;

  InvalidRequestException(Context context, Map<String, List<String>> fieldErrors) {
    super("invalid request" + describe(fieldErrors), context, null);
    this.fieldErrors = copy(fieldErrors);
  }

  private static String describe(Map<String, List<String>> errors) {
    if (errors == null || errors.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(": ");
    errors.forEach((field, messages) -> {
      if (sb.length() > 2) {
        sb.append("; ");
      }
      sb.append(field);
      if (!messages.isEmpty()) {
        sb.append(": ").append(String.join(" ", messages));
      }
    });
    return sb.toString();
  }

  private static Map<String, List<String>> copy(Map<String, List<String>> errors) {
    if (errors == null || errors.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    errors.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The rejected fields, as the API named them, in the order it listed them.
   *
   * @return field to messages; unmodifiable, may be empty when the API named none
   */
  public Map<String, List<String>> fieldErrors() {
    return fieldErrors;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public InvalidRequestException withAttempts(int attempts) {
    InvalidRequestException copy =
        new InvalidRequestException(context().withAttempts(attempts), fieldErrors);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
