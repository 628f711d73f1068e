package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The envelope of Get Campaign and Create/Update ({@code {"success":true,"data":{...}}}), bound
 * straight from the bytes. Every member is read (none skipped), so the parser's limits and duplicate
 * detection see the whole document. A class, not a record, only to tell an absent {@code data} from
 * a {@code null} one.
 *
 * <p>Not thread-safe: one instance per body.
 */
final class CampaignEnvelopeDto {

  /** {@code success} as written (any JSON type); {@code null} when absent. */
  JsonNode success;
  /** {@code message} as written; {@code null} when absent. */
  JsonNode message;
  /** {@code error} as written; {@code null} when absent. */
  JsonNode error;
  /** The campaign; {@code null} when absent or JSON {@code null}. */
  CampaignDto data;
  /** Whether the body has a {@code data} member at all. */
  boolean hasData;
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
  void data(CampaignDto value) {
    data = value;
    hasData = true;
  }

  @JsonAnySetter
  void other(String name, JsonNode value) {
    otherMembers.put(name, value);
  }
}
