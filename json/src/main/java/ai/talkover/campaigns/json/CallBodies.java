package ai.talkover.campaigns.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The write endpoints' DTOs (Make Campaign Call, Update Campaign Status) in this module's public
 * records and back: required members checked, instants parsed, each failure an
 * {@link InvalidBodyException} naming the member as the API spells it. Stateless.
 */
final class CallBodies {

  private CallBodies() {}

  /** Words a value of the wrong JSON type in a write endpoint's body, from Jackson's path. */
  static RuntimeException mismatch(JsonMappingException e, String found) {
    String field = JsonPaths.field(e.getPath(), 0);
    if (field.isEmpty()) {
      return new InvalidBodyException("body is " + found + ", not a JSON object", null, null);
    }
    return new InvalidBodyException(field + ": " + Describe.mismatch(e, found), null, field, null);
  }

  // ------------------------------------------------------------------------------- reading

  static CallCreatedBody created(CallCreatedDto dto) {
    if (dto.campaignCall() == null) {
      throw missing("campaign_call");
    }
    QueuedCallBody call = queued(dto.campaignCall(), "campaign_call", true);
    CallCreatedDto.CampaignSummaryDto c = dto.campaign();
    CallCreatedBody.CampaignSummary campaign = c == null
        ? new CallCreatedBody.CampaignSummary(null, null, null, null)
        : new CallCreatedBody.CampaignSummary(c.id(), c.name(), c.status(), sorted(c.unknownFields()));
    return new CallCreatedBody(call, campaign, sorted(dto.unknownFields()));
  }

  /**
   * A queued call; {@code created_at} required when {@code strict} (a 201), optional otherwise (a
   * 409's {@code existing_call}).
   */
  static QueuedCallBody queued(CampaignCallDto dto, String prefix, boolean strict) {
    if (dto.id() == null || dto.id().isBlank()) {
      throw missing(prefix + ".id");
    }
    return new QueuedCallBody(dto.id(), dto.campaignId(), dto.to(), dto.status(),
        instant(dto.scheduledAt(), prefix + ".scheduled_at", false),
        instant(dto.createdAt(), prefix + ".created_at", strict), sorted(dto.unknownFields()));
  }

  static StatusChangeBody statusChange(StatusChangeDto dto, String message) {
    if (dto.status() == null) {
      throw missing("data.status");
    }
    return new StatusChangeBody(dto.id(), dto.status(),
        instant(dto.updatedAt(), "data.updated_at", false), message, sorted(dto.unknownFields()));
  }

  static CallRequestBody request(CallRequestDto dto) {
    return new CallRequestBody(dto.to(), dto.payload(), dto.context(),
        Boolean.TRUE.equals(dto.isTesting()), Boolean.TRUE.equals(dto.allowDuplicates()),
        sorted(dto.unknownFields()));
  }

  private static InvalidBodyException missing(String field) {
    return new InvalidBodyException(field + " is missing", null, field, null);
  }

  /** An ISO-8601 instant, with {@code Z} or an offset. */
  private static Instant instant(String text, String field, boolean required) {
    if (text == null) {
      if (required) {
        throw missing(field);
      }
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException again) {
        throw new InvalidBodyException(field + ": " + Describe.text(text)
            + " is not an ISO-8601 instant", null, field, again);
      }
    }
  }

  /** Unknown members sorted by name, as {@link CampaignMapper#unknownFields(Map)} sorts them. */
  private static Map<String, Object> sorted(Map<String, Object> members) {
    return members == null || members.isEmpty() ? Map.of() : new TreeMap<>(members);
  }

  // ------------------------------------------------------------------------------- writing

  static CallRequestDto toDto(CallRequestBody body) {
    return new CallRequestDto(body.to(), orNull(body.payload()), orNull(body.context()),
        body.testing(), body.allowDuplicates(), orNull(body.unknownFields()));
  }

  static CallCreatedDto toDto(CallCreatedBody body) {
    CallCreatedBody.CampaignSummary c = body.campaign();
    return new CallCreatedDto(toDto(body.call()), c == null ? null
        : new CallCreatedDto.CampaignSummaryDto(c.id(), c.name(), c.status(), orNull(c.unknownFields())),
        orNull(body.unknownFields()));
  }

  static CampaignCallDto toDto(QueuedCallBody call) {
    return new CampaignCallDto(call.id(), call.campaignId(), call.to(), call.status(),
        text(call.scheduledAt()), text(call.createdAt()), orNull(call.unknownFields()));
  }

  static StatusChangeDto toDto(StatusChangeBody change) {
    return new StatusChangeDto(change.id(), change.status(), text(change.updatedAt()),
        orNull(change.unknownFields()));
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static <K, V> Map<K, V> orNull(Map<K, V> map) {
    return map == null || map.isEmpty() ? null : map;
  }
}
