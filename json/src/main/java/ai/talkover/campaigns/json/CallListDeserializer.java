package ai.talkover.campaigns.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.DupDetector;
import com.fasterxml.jackson.core.json.JsonReadContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Get Campaign's {@code calls} array, where a campaign may hold tens of thousands of entries:
 * each entry straight from the tokens, without Jackson's creator buffer, the map of unknown members
 * made only when one appears, and the few distinct {@code status} strings shared between entries.
 * A hand-written binding with a named gap: {@code CallListBindingBenchmark} measures it against
 * Jackson's standard binding of {@code List<CallDto>} on the 50,000-call body, and the standard
 * binding allocates 37.5 MB per body instead of 11.6 MB and takes about 1.8 times as long (the bar
 * for keeping this class is 10 %; figures in the README's performance section).
 *
 * <p>It reads what that standard binding reads, to an equal value, and fails as it fails: an array
 * of objects or {@code null}s; a string, number or boolean (as its text) or {@code null} for a text
 * member; an {@code int}-sized integer (or {@code null}) for {@code retries}; any value for an
 * unknown member, read by the untyped deserializer Jackson uses for
 * {@link com.fasterxml.jackson.annotation.JsonAnySetter}. A value of another JSON type is a
 * {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} naming the expected type, with
 * Jackson's path down to the member ({@code calls[2].retries}), so {@link TalkoverJsonReader} words
 * it as any other.
 *
 * <p><b>Duplicate members.</b> The parser's strict duplicate detection keeps a hash set per object
 * of three members or more: a third of all allocation for a large campaign. Inside an entry this
 * class turns the parser's detector off ({@link DupDetector}, jackson-core's own class) and checks
 * names itself (a bit per known member, the map for unknown ones); a duplicate is the parser's own
 * error ({@code Duplicate field 'status'}). The detector is armed again for every object or array
 * nested in an unknown member, and restored on the entry's context when the entry ends, so every
 * other object of the document is checked by the parser as before.
 *
 * <p>Thread-safe once resolved, like every Jackson deserializer.
 */
final class CallListDeserializer extends StdDeserializer<List<CallDto>>
    implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private static final int ID = 1;
  private static final int TO = 1 << 1;
  private static final int STATUS = 1 << 2;
  private static final int RETRIES = 1 << 3;
  private static final int CREATED_AT = 1 << 4;
  private static final int ERROR = 1 << 5;
  /** Distinct statuses shared per array; more are read as they come. */
  private static final int STATUS_CACHE = 16;

  /** Jackson's deserializer of a value of unknown type; set by {@link #resolve}. */
  private transient JsonDeserializer<Object> untyped;

  CallListDeserializer() {
    super(List.class);
  }

  /** Gives this deserializer for {@code List<CallDto>}, and nothing for any other type. */
  static final class Finder extends SimpleDeserializers {

    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> findCollectionDeserializer(CollectionType type,
        DeserializationConfig config, BeanDescription beanDesc,
        TypeDeserializer elementTypeDeserializer, JsonDeserializer<?> elementDeserializer)
        throws JsonMappingException {
      if (type.hasRawClass(List.class) && type.getContentType().hasRawClass(CallDto.class)) {
        return new CallListDeserializer();
      }
      return super.findCollectionDeserializer(type, config, beanDesc, elementTypeDeserializer,
          elementDeserializer);
    }
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    untyped = ctxt.findRootValueDeserializer(ctxt.constructType(Object.class));
  }

  @Override
  public List<CallDto> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (!p.isExpectedStartArrayToken()) {
      return mismatch(p, ctxt, List.class);
    }
    List<CallDto> calls = new ArrayList<>();
    String[] statuses = new String[STATUS_CACHE];
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
      try {
        if (token == JsonToken.VALUE_NULL) {
          calls.add(null);
        } else if (token == JsonToken.START_OBJECT) {
          calls.add(entry(p, ctxt, statuses));
        } else {
          mismatch(p, ctxt, CallDto.class);
        }
      } catch (JsonProcessingException e) {
        throw JsonMappingException.wrapWithPath(e, calls, calls.size());
      }
    }
    return calls;
  }

  /** One entry; the parser is at its {@code START_OBJECT}. */
  private CallDto entry(JsonParser p, DeserializationContext ctxt, String[] statuses)
      throws IOException {
    JsonStreamContext context = p.getParsingContext();
    JsonReadContext readContext = null;
    DupDetector detector = null;
    if (context instanceof JsonReadContext rc && rc.getDupDetector() != null) {
      readContext = rc;
      detector = rc.getDupDetector();
      rc.withDupDetector(null);
    }
    try {
      return members(p, ctxt, statuses, detector != null);
    } finally {
      if (readContext != null) {
        readContext.withDupDetector(detector);
      }
    }
  }

  /** The members of one entry, each name checked for a duplicate before its value is read. */
  private CallDto members(JsonParser p, DeserializationContext ctxt, String[] statuses,
      boolean detect) throws IOException {
    String id = null;
    String to = null;
    String status = null;
    Integer retries = null;
    String createdAt = null;
    String error = null;
    Map<String, Object> unknown = null;
    int seen = 0;
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      int bit = bit(name);
      if (bit == 0 ? unknown != null && unknown.containsKey(name) : (seen & bit) != 0) {
        throw duplicate(p, name);
      }
      seen |= bit;
      JsonToken token = p.nextToken();
      try {
        switch (bit) {
          case ID -> id = text(p, ctxt, token);
          case TO -> to = text(p, ctxt, token);
          case STATUS -> status =
              token == JsonToken.VALUE_STRING ? shared(p, statuses) : text(p, ctxt, token);
          case RETRIES -> retries = integer(p, ctxt, token);
          case CREATED_AT -> createdAt = text(p, ctxt, token);
          case ERROR -> error = text(p, ctxt, token);
          default -> {
            if (unknown == null) {
              unknown = new HashMap<>();
            }
            unknown.put(name, value(p, ctxt, token, detect));
          }
        }
      } catch (JsonProcessingException e) {
        throw JsonMappingException.wrapWithPath(e, CallDto.class, name);
      }
    }
    return new CallDto(id, to, status, retries, createdAt, error, unknown);
  }

  /** The bit of a known member, 0 for any other name. */
  private static int bit(String name) {
    return switch (name) {
      case "id" -> ID;
      case "to" -> TO;
      case "status" -> STATUS;
      case "retries" -> RETRIES;
      case "created_at" -> CREATED_AT;
      case "error" -> ERROR;
      default -> 0;
    };
  }

  /** An unknown member's value; a nested object or array gets its duplicate detection back. */
  private Object value(JsonParser p, DeserializationContext ctxt, JsonToken token, boolean detect)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (detect && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
      if (p.getParsingContext() instanceof JsonReadContext nested) {
        nested.withDupDetector(DupDetector.rootDetector(p));
      }
    }
    return untyped.deserialize(p, ctxt);
  }

  /** The current string, the same instance as an earlier equal status of this array. */
  private static String shared(JsonParser p, String[] statuses) throws IOException {
    char[] chars = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    for (int i = 0; i < statuses.length; i++) {
      String known = statuses[i];
      if (known == null) {
        String text = new String(chars, offset, length);
        statuses[i] = text;
        return text;
      }
      if (sameText(known, chars, offset, length)) {
        return known;
      }
    }
    return p.getText();
  }

  private static boolean sameText(String known, char[] chars, int offset, int length) {
    if (known.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (known.charAt(i) != chars[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private static String text(JsonParser p, DeserializationContext ctxt, JsonToken token)
      throws IOException {
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    if (token.isScalarValue()) {
      // Jackson's String binding takes a number or boolean as its text too.
      return p.getValueAsString();
    }
    return mismatch(p, ctxt, String.class);
  }

  private static Integer integer(JsonParser p, DeserializationContext ctxt, JsonToken token)
      throws IOException {
    if (token == JsonToken.VALUE_NUMBER_INT) {
      // Beyond int: the parser's own InputCoercionException, as in the standard binding.
      return p.getIntValue();
    }
    if (token == JsonToken.VALUE_NULL) {
      return null;
    }
    return mismatch(p, ctxt, Integer.class);
  }

  /** A value of the wrong JSON type, reported as Jackson's standard binding reports it. */
  private static <T> T mismatch(JsonParser p, DeserializationContext ctxt, Class<?> expected)
      throws IOException {
    return ctxt.reportInputMismatch(expected, "Cannot deserialize value of type `%s` from %s",
        expected.getName(), p.currentToken());
  }

  /** A member written twice in one entry: the parser's own error, as its detector words it. */
  private static JsonParseException duplicate(JsonParser p, String name) {
    return new JsonParseException(p, "Duplicate field '" + name + "'");
  }
}
