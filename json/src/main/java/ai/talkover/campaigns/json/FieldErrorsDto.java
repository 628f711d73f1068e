package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A 422 body's {@code errors} object (API spec §3.6, §3.8): field name to messages, in body order.
 * The docs print the object with a repeated member ({@code "to"} twice); Jackson hands every
 * occurrence to {@link #add}, so a repeated field keeps the messages of both. A message that is not
 * text is kept as its JSON text. Read leniently (no duplicate detection), written as an object of
 * string arrays.
 *
 * <p>Not thread-safe: one instance per body.
 */
final class FieldErrorsDto {

  private final Map<String, List<String>> fields = new LinkedHashMap<>();

  FieldErrorsDto() {}

  FieldErrorsDto(Map<String, List<String>> fields) {
    fields.forEach((field, messages) -> this.fields.put(field, List.copyOf(messages)));
  }

  @JsonAnySetter
  void add(String field, JsonNode messages) {
    List<String> list = fields.computeIfAbsent(field, k -> new ArrayList<>());
    if (messages.isArray()) {
      messages.forEach(m -> list.add(m.asText()));
    } else if (!messages.isNull()) {
      list.add(messages.asText());
    }
  }

  @JsonAnyGetter
  Map<String, List<String>> fields() {
    return fields;
  }

  /** A 422 body, of which only {@code errors} is read. */
  static final class Body {

    /** The errors; empty when the body has none. */
    FieldErrorsDto errors = new FieldErrorsDto();

    @JsonSetter("errors")
    void errors(FieldErrorsDto value) {
      if (value != null) {
        errors = value;
      }
    }
  }
}
