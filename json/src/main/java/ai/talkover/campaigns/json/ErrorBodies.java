package ai.talkover.campaigns.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads what an error body says, in any of its documented shapes. Stateless. */
final class ErrorBodies {

  /**
   * Length past which no more field errors are added to a summary: the application's longest body
   * snippet ({@code CampaignQueryException.MAX_SNIPPET}).
   */
  static final int MAX_SUMMARY = 512;

  private ErrorBodies() {}

  /** The message, wait and summary of a body read as a tree; {@link ErrorDetails#NONE} if none. */
  static ErrorDetails details(JsonNode root) {
    if (root == null || !root.isObject()) {
      return ErrorDetails.NONE;
    }
    return new ErrorDetails(apiMessage(root.get("message"), root.get("error")), retryAfter(root),
        summary(root));
  }

  /** {@code message}, else {@code error.message}; null when neither is text. */
  static String apiMessage(JsonNode message, JsonNode error) {
    if (message != null && message.isTextual()) {
      return message.textValue();
    }
    if (error != null && error.isObject()) {
      JsonNode nested = error.get("message");
      if (nested != null && nested.isTextual()) {
        return nested.textValue();
      }
    }
    return null;
  }

  /** {@code error.details.retry_after} or {@code details.retry_after} in seconds; null if absent. */
  private static Duration retryAfter(JsonNode root) {
    JsonNode error = root.get("error");
    JsonNode details = error != null && error.isObject() ? error.get("details") : null;
    if (details == null || !details.isObject()) {
      details = root.get("details");
    }
    if (details == null || !details.isObject()) {
      return null;
    }
    JsonNode seconds = details.get("retry_after");
    if (seconds == null || !seconds.isNumber()) {
      return null;
    }
    double value = seconds.doubleValue();
    if (!(value >= 0) || Double.isInfinite(value)) {
      return null;
    }
    return value >= Long.MAX_VALUE / 1000.0
        ? ErrorDetails.FOREVER
        : Duration.ofMillis((long) Math.ceil(value * 1000));
  }

  /** The error code and field errors, for other 4xx details. */
  private static String summary(JsonNode root) {
    StringBuilder sb = new StringBuilder();
    JsonNode error = root.get("error");
    JsonNode code = root.get("code");
    if ((code == null || !code.isTextual()) && error != null) {
      code = error.isObject() ? error.get("code") : error;
    }
    if (code != null && code.isTextual()) {
      sb.append("code ").append(code.textValue());
    }
    JsonNode errors = root.get("errors");
    if (errors != null && errors.isObject()) {
      for (Map.Entry<String, JsonNode> field : errors.properties()) {
        if (sb.length() >= MAX_SUMMARY) {
          break;
        }
        sb.append(sb.length() == 0 ? "" : "; ").append(field.getKey()).append(": ");
        JsonNode messages = field.getValue();
        if (messages.isArray()) {
          List<String> texts = new ArrayList<>();
          messages.forEach(m -> texts.add(m.asText()));
          sb.append(String.join(" ", texts));
        } else {
          sb.append(messages.asText());
        }
      }
    }
    return sb.length() == 0 ? null : sb.toString();
  }
}
