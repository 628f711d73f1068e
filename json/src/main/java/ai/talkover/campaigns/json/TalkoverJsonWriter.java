package ai.talkover.campaigns.json;

import ai.talkover.campaigns.domain.campaign.Campaign;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes Talkover JSON: API bodies as plain Java values ({@code null}, String, Boolean, finite
 * Number, List or other Collection, Map with String keys, nested freely) or as DTO-shaped records,
 * compact, members in the map's order. Strings are escaped so the text is safe anywhere: quotes,
 * backslashes and control characters as JSON requires, and also U+2028, U+2029 and every surrogate
 * (so an unpaired one survives as {@code \ud800} instead of breaking UTF-8). The write endpoints'
 * bodies have methods of their own, written from the same DTOs {@link TalkoverJsonReader} binds: the
 * HTTP adapter writes its requests with them, the testkit's stub server its answers (and its test
 * bodies with {@link #write(Object)}).
 *
 * <p>Stateless and thread-safe.
 */
public final class TalkoverJsonWriter {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new SimpleModule("talkover-finite-numbers")
          .addSerializer(Double.class, new FiniteSerializer<>(Double.class))
          .addSerializer(Float.class, new FiniteSerializer<>(Float.class)))
      .enable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .build();

  static {
    MAPPER.getFactory().setCharacterEscapes(new SafeEscapes());
  }

  private TalkoverJsonWriter() {}

  /**
   * The value as compact JSON text.
   *
   * @param value the value; nullable (writes {@code null})
   * @return the JSON text
   * @throws IllegalArgumentException when the value cannot be written as JSON (a non-finite number,
   *     an object Jackson cannot serialize)
   */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not writable as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * A campaign's {@code data} object, in one of the API's two shapes: the reverse of
   * {@link TalkoverJsonReader#readSavedCampaign(String)}, which reads the text back into an equal
   * campaign. Values the model holds are written as the API spells them, defaults included
   * ({@code max_retries}, {@code retry_cooldown_hours}, {@code do_not_call_enabled}...); absent ones
   * are left out; unknown members of the campaign and its nested objects are written after the
   * known ones, sorted by name.
   *
   * @param campaign the campaign; not {@code null}
   * @param shape the shape; not {@code null}
   * @return the JSON text of the {@code data} object
   */
  public static String writeCampaign(Campaign campaign, CampaignShape shape) {
    return write(CampaignToDto.of(campaign, shape));
  }

  /**
   * One entry of a campaign's {@code calls[]}, as Get Campaign writes it: {@code id}, {@code to},
   * {@code status}, {@code retries}, {@code created_at}, {@code error} (those that are not
   * {@code null}), then the unknown members.
   *
   * @param call the entry; not {@code null}
   * @return the JSON text of the entry
   */
  public static String writeCallEntry(Campaign.CallInput call) {
    return write(CampaignToDto.call(call));
  }

  // -------------------------------------------------------------------------- write endpoints

  /**
   * Make Campaign Call's request: {@code to}, {@code payload} and {@code context} when not empty,
   * {@code is_testing}, {@code allow_duplicates}, then the unknown members.
   *
   * @param request the request; not {@code null}
   * @return the JSON text
   * @throws IllegalArgumentException when {@code payload} or {@code context} cannot be written
   */
  public static String writeCallRequest(CallRequestBody request) {
    return write(CallBodies.toDto(request));
  }

  /**
   * Update Campaign Status's request, {@code {"status":"…"}}.
   *
   * @param status the status as the API spells it; not {@code null}
   * @return the JSON text
   */
  public static String writeStatusRequest(String status) {
    return write(new StatusRequestDto(status, null));
  }

  /**
   * Make Campaign Call's 201 body (no envelope), members that are {@code null} left out.
   *
   * @param created the answer; not {@code null}
   * @return the JSON text
   */
  public static String writeCallCreated(CallCreatedBody created) {
    return write(CallBodies.toDto(created));
  }

  /**
   * Make Campaign Call's 409 body: {@code success:false}, the message and {@code existing_call}.
   *
   * @param message the message; nullable
   * @param existing the call already active or queued; not {@code null}
   * @return the JSON text
   */
  public static String writeDuplicateCall(String message, QueuedCallBody existing) {
    return write(EnvelopeDto.of(false, message, null)
        .with("existing_call", MAPPER.valueToTree(CallBodies.toDto(existing))));
  }

  /**
   * Update Campaign Status's 200 body: {@code success:true}, the change's message and {@code data}.
   *
   * @param change the change; not {@code null}
   * @return the JSON text
   */
  public static String writeStatusChange(StatusChangeBody change) {
    return write(EnvelopeDto.of(true, change.message(), CallBodies.toDto(change)));
  }

  /**
   * A 422 body: {@code success:false}, the message and {@code errors}, field to messages.
   *
   * @param message the message; nullable
   * @param errors the fields at fault, in order; not {@code null}
   * @return the JSON text
   */
  public static String writeFieldErrors(String message, Map<String, List<String>> errors) {
    return write(EnvelopeDto.of(false, message, null)
        .with("errors", MAPPER.valueToTree(new FieldErrorsDto(errors))));
  }

  /**
   * An error body of the documented kind, {@code {"success":false,"message":"…"}}.
   *
   * @param message the message; nullable
   * @return the JSON text
   */
  public static String writeFailure(String message) {
    return write(EnvelopeDto.of(false, message, null));
  }

  /** Refuses NaN and infinities, which JSON cannot hold. */
  private static final class FiniteSerializer<T extends Number> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    FiniteSerializer(Class<T> type) {
      super(type);
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      double d = value.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        provider.reportMappingProblem("%s is not a finite number", value);
      }
      if (value instanceof Float f) {
        gen.writeNumber(f);
      } else {
        gen.writeNumber(d);
      }
    }
  }

  /** JSON's own escapes, plus U+2028, U+2029 and surrogates as {@code \\uXXXX}. */
  private static final class SafeEscapes extends CharacterEscapes {

    private static final long serialVersionUID = 1L;

    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029 || ch >= 0xD800 && ch <= 0xDFFF) {
        return new SerializedString(String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
