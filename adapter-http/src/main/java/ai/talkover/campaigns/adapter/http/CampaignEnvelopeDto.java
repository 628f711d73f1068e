package ai.talkover.campaigns.adapter.http;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * The envelope of Get Campaign and Create/Update ({@code {"success":true,"data":{...}}}), bound
 * straight from the bytes by {@link JsonCodec}'s fast path. Every member is read (none skipped), so
 * the parser's limits and duplicate detection see the whole document exactly as a tree read would.
 *
 * @param success {@code success} as written (any JSON type); nullable when absent
 * @param data the campaign; nullable when absent or {@code null}
 * @param otherMembers every other member of the envelope, read as trees; nullable
 */
record CampaignEnvelopeDto(
    JsonNode success, CampaignDto data, @JsonAnySetter Map<String, JsonNode> otherMembers) {}
