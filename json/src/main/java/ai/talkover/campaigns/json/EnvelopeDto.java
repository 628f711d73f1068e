package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API's envelope, {@code {"success":true,"message":"…","data":…}}, around any {@code data}:
 * one campaign (Get Campaign, Create/Update), a page of campaigns (List Campaigns, whose
 * {@code pagination} is one of the {@link #otherMembers}), a status change (Update Campaign
 * Status) or none (an error body, whose other members such as {@code existing_call} or
 * {@code errors} are kept in {@link #otherMembers}). Bound straight from the bytes through
 * {@link TypeReference}s such as {@link #CAMPAIGN}; every member is read (none skipped), so the
 * parser's limits and duplicate detection see the whole document. Written too (the testkit's stub
 * server answers with it): members that are {@code null} are left out, other members last. A class,
 * not a record, only to tell an absent {@code data} from a {@code null} one.
 *
 * <p>Not thread-safe: one instance per body.
 *
 * @param <T> the DTO of {@code data}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
final class EnvelopeDto<T> {

  /** The envelope of one campaign. */
  static final TypeReference<EnvelopeDto<CampaignDto>> CAMPAIGN = new TypeReference<>() {};
  /** The envelope of a List Campaigns page; items may be {@code null}. */
  static final TypeReference<EnvelopeDto<List<CampaignDto>>> PAGE = new TypeReference<>() {};
  /** The envelope of Update Campaign Status's answer. */
  static final TypeReference<EnvelopeDto<StatusChangeDto>> STATUS_CHANGE = new TypeReference<>() {};
  /** An error body: no {@code data} of a known shape. */
  static final TypeReference<EnvelopeDto<JsonNode>> ERROR = new TypeReference<>() {};

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

  /**
   * An envelope to write.
   *
   * @param success {@code success}
   * @param message {@code message}; nullable (left out)
   * @param data {@code data}; nullable (left out)
   * @param <T> the DTO of {@code data}
   * @return the envelope, without other members
   */
  static <T> EnvelopeDto<T> of(boolean success, String message, T data) {
    EnvelopeDto<T> envelope = new EnvelopeDto<>();
    envelope.success = BooleanNode.valueOf(success);
    envelope.message = message == null ? null : TextNode.valueOf(message);
    envelope.data = data;
    envelope.hasData = data != null;
    return envelope;
  }

  /** Adds another member (written after the others); returns this. */
  EnvelopeDto<T> with(String name, JsonNode value) {
    otherMembers.put(name, value);
    return this;
  }

  @JsonGetter("success")
  JsonNode successMember() {
    return success;
  }

  @JsonGetter("message")
  JsonNode messageMember() {
    return message;
  }

  @JsonGetter("error")
  JsonNode errorMember() {
    return error;
  }

  @JsonGetter("data")
  T dataMember() {
    return data;
  }

  @JsonAnyGetter
  Map<String, JsonNode> otherMembersInOrder() {
    return otherMembers;
  }

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

  /**
   * The {@code data} of a successful envelope.
   *
   * @return {@code data}; never {@code null}
   * @throws InvalidBodyException when {@code success} is present and not {@code true}, or
   *     {@code data} is absent or {@code null}
   */
  T successfulData() {
    String apiMessage = apiMessage();
    if (success != null && !success.isBoolean()) {
      throw new InvalidBodyException(
          "success is " + Describe.node(success) + ", not a boolean", apiMessage, null);
    }
    if (success != null && !success.booleanValue()) {
      throw new InvalidBodyException(
          "success is false" + (apiMessage == null ? "" : ": " + apiMessage), apiMessage, null);
    }
    if (data == null) {
      throw new InvalidBodyException(
          "the envelope has no data" + (hasData ? " (data is null)" : ""), apiMessage, null);
    }
    return data;
  }

  /** What {@code message} (or {@code error.message}) says as text; {@code null} when neither. */
  String apiMessage() {
    return ErrorBodies.apiMessage(message, error);
  }
}
