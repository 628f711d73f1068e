package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.json.TalkoverJsonWriter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON text as plain Java values and back, for the stub server's store and the test-body builder:
 * Jackson reads (objects as insertion-ordered maps, integers as {@code Long} or {@code BigInteger},
 * other numbers as {@code BigDecimal} so that {@code 80.0} is written back as written; a repeated
 * member keeps its last value, as a test body may do on purpose), the wire module's
 * {@link TalkoverJsonWriter} writes. Stateless and thread-safe.
 */
final class JsonValues {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_LONG_FOR_INTS)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonValues() {}

  /**
   * Parses one JSON text.
   *
   * @param text the text; not {@code null}
   * @return the value; {@code null} for the literal {@code null}
   * @throws IllegalArgumentException when the text is not JSON, with Jackson's message and position
   */
  static Object parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return MAPPER.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage() + " " + where(e), e);
    }
  }

  private static String where(JsonProcessingException e) {
    return e.getLocation() == null ? "" : "at line " + e.getLocation().getLineNr() + ", column "
        + e.getLocation().getColumnNr();
  }

  /**
   * Parses a JSON object.
   *
   * @param text the text; not {@code null}
   * @param what what the text is, for the error message
   * @return the object's members, in input order
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  static Map<String, Object> parseObject(String text, String what) {
    Object value;
    try {
      value = parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": not valid JSON: " + e.getMessage(), e);
    }
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(what + ": expected a JSON object, got " + typeName(value));
    }
    @SuppressWarnings("unchecked") // Jackson reads a JSON object as Map<String, Object>
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }

  /**
   * A JSON type name for messages.
   *
   * @param value a value; nullable
   * @return {@code null}, {@code string}, {@code number}, {@code boolean}, {@code array},
   *     {@code object}, or the Java class name
   */
  static String typeName(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String) {
      return "string";
    } else if (value instanceof Number) {
      return "number";
    } else if (value instanceof Boolean) {
      return "boolean";
    } else if (value instanceof List) {
      return "array";
    } else if (value instanceof Map) {
      return "object";
    }
    return value.getClass().getName();
  }

  /**
   * Parses one JSON text as a tree (numbers as {@link #parse} reads them).
   *
   * @param text the text; not {@code null}
   * @return the tree
   * @throws IllegalArgumentException when the text is not JSON, with Jackson's message and position
   */
  static JsonNode tree(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage() + " " + where(e), e);
    }
  }

  /**
   * A plain Java value as a tree.
   *
   * @param value {@code null}, String, Boolean, a finite Number, a List/Collection or a Map with
   *     String keys, nested freely
   * @param what what the value is, for the error message
   * @return the tree
   * @throws IllegalArgumentException naming {@code what} when the value cannot be written as JSON
   */
  static JsonNode toTree(Object value, String what) {
    checkWritable(value, what);
    return MAPPER.valueToTree(value);
  }

  /**
   * The value as compact JSON, by the wire module's writer.
   *
   * @param value the value; nullable
   * @return the JSON text
   * @throws IllegalArgumentException when the value cannot be written as JSON
   */
  static String write(Object value) {
    return TalkoverJsonWriter.write(value);
  }

  /**
   * Checks that a value can be written as JSON.
   *
   * @param value the value; nullable
   * @param what what the value is, for the error message
   * @throws IllegalArgumentException naming {@code what} when it cannot
   */
  static void checkWritable(Object value, String what) {
    try {
      TalkoverJsonWriter.write(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }
}
