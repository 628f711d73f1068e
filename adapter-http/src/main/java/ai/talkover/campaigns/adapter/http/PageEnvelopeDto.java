package ai.talkover.campaigns.adapter.http;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * The envelope of List Campaigns, bound straight from the bytes by {@link JsonCodec}'s fast path.
 * Every member is read (none skipped), as in {@link CampaignEnvelopeDto}.
 *
 * @param success {@code success} as written (any JSON type); nullable when absent
 * @param data the campaigns; nullable when absent or {@code null}; its items may be {@code null}
 * @param pagination the pagination block as a tree, checked by {@link JsonCodec}; nullable
 * @param otherMembers every other member of the envelope, read as trees; nullable
 */
record PageEnvelopeDto(
    JsonNode success,
    List<CampaignDto> data,
    JsonNode pagination,
    @JsonAnySetter Map<String, JsonNode> otherMembers) {}
