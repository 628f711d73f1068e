package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's envelope, {@code {"success":true,"message":"…","data":…}}, around any {@code data}:
 * one campaign (Get Campaign, Create/Update), a page of campaigns (List Campaigns, whose
 * {@code pagination} is one of the {@link #otherMembers}), a status change (Update Campaign
 * Status). Bound straight from the bytes through {@link TypeReference}s such as {@link #CAMPAIGN}.
 * Every member is read (none skipped), so the parser's limits and duplicate detection see the whole
 * document. A class, not a record, only to tell an absent {@code data} from a {@code null} one.
 *
 * <p>Not thread-safe: one instance per body.
 *
 * @param <T> the DTO of {@code data}
 */
final class EnvelopeDto<T> {

  /** The envelope of one campaign. */
  static final TypeReference<EnvelopeDto<CampaignDto>> CAMPAIGN = new TypeReference<>() {};
  /** The envelope of a List Campaigns page; items may be {@code null}. */
  static final TypeReference<EnvelopeDto<List<CampaignDto>>> PAGE = new TypeReference<>() {};

  /** {@code success} as written (any JSON type); {@code null} when absent. */
  JsonNode success;
  /** {@code message} as written; {@code null} when absent. */
  JsonNode message;
  /** {@code error} as written; {@code null} when absent. */
  JsonNode error;
  /** {@code data}; {@code null} when absent or JSON {@code null}. */
  T data;
  /** Whether the body has a {@code data} member at all. */
  boolean hasData;
  /** Every other member, read as trees, in body order. */
  final Map<String, JsonNode> otherMembers = new LinkedHashMap<>();

  @JsonSetter("success")
  void success(JsonNode value) {
    success = value;
  }

  @JsonSetter("message")
  void message(JsonNode value) {
    message = value;
  }

  @JsonSetter("error")
  void error(JsonNode value) {
    error = value;
  }

  @JsonSetter("data")
  void data(T value) {
    data = value;
    hasData = true;
  }

  @JsonAnySetter
  void other(String name, JsonNode value) {
    otherMembers.put(name, value);
  }

  /** What {@code message} (or {@code error.message}) says as text; {@code null} when neither. */
  String apiMessage() {
    return ErrorBodies.apiMessage(message, error);
  }
}
