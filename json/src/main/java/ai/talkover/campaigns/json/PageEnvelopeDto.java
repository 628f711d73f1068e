package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The envelope of List Campaigns, bound straight from the bytes. Every member is read (none
 * skipped), as in {@link CampaignEnvelopeDto}.
 *
 * <p>Not thread-safe: one instance per body.
 */
final class PageEnvelopeDto {

  /** {@code success} as written (any JSON type); {@code null} when absent. */
  JsonNode success;
  /** {@code message} as written; {@code null} when absent. */
  JsonNode message;
  /** {@code error} as written; {@code null} when absent. */
  JsonNode error;
  /** The campaigns; {@code null} when absent or JSON {@code null}; items may be {@code null}. */
  List<CampaignDto> data;
  /** Whether the body has a {@code data} member at all. */
  boolean hasData;
  /** The pagination block as a tree, checked by the reader; {@code null} when absent. */
  JsonNode pagination;
  /** Every other member, read as trees. */
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
  void data(List<CampaignDto> value) {
    data = value;
    hasData = true;
  }

  @JsonSetter("pagination")
  void pagination(JsonNode value) {
    pagination = value;
  }

  @JsonAnySetter
  void other(String name, JsonNode value) {
    otherMembers.put(name, value);
  }
}
