package ai.talkover.campaigns.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Short, safe descriptions of JSON values and positions for error messages. Stateless. */
final class Describe {

  /** Longest value text quoted in a message. */
  private static final int MAX_TEXT = 40;

  private Describe() {}

  /** A tree value: {@code 'text'}, {@code 42}, {@code true}, {@code null}, {@code an array}... */
  static String node(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "missing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isTextual()) {
      return "'" + shorten(node.textValue()) + "'";
    }
    if (node.isNumber() || node.isBoolean()) {
      return shorten(node.asText());
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  /** The value the parser stopped at, described as {@link #node} describes a tree value. */
  static String token(JsonParser p) {
    JsonToken token = p == null ? null : p.currentToken();
    if (token == null) {
      return "a value";
    }
    try {
      return switch (token) {
        case VALUE_NULL -> "null";
        case VALUE_STRING -> "'" + shorten(p.getText()) + "'";
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> shorten(p.getText());
        case START_ARRAY -> "an array";
        case START_OBJECT -> "an object";
        default -> "a value";
      };
    } catch (IOException e) {
      return "a value";
    }
  }

  /** A text value as messages quote it: {@code 'text'}, shortened. */
  static String text(String text) {
    return "'" + shorten(text) + "'";
  }

  private static String shorten(String text) {
    return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "..." : text;
  }

  /** {@code at line 3, column 7}, or {@code (position unknown)}. */
  static String where(JsonLocation location) {
    if (location == null || location.getLineNr() < 0) {
      return "(position unknown)";
    }
    return "at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  /** What is wrong with a value of the wrong JSON type: {@code 'x' is not an integer}. */
  static String mismatch(JsonMappingException e, String found) {
    Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
    if (target == null) {
      return found + " cannot be read: " + e.getOriginalMessage();
    }
    return found + " is not " + expected(target);
  }

  private static String expected(Class<?> type) {
    if (type == Integer.class || type == int.class || type == Long.class) {
      return "an integer";
    }
    if (type == Double.class || type == BigDecimal.class) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "a boolean";
    }
    if (type == String.class) {
      return "a string";
    }
    if (List.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }
}
