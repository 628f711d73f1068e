package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * The {@code data} of Update Campaign Status's 200 envelope (API spec §3.6).
 *
 * @param id the campaign id; nullable
 * @param status the new status as written; nullable (then the body is invalid)
 * @param updatedAt ISO-8601 instant as written; nullable
 * @param unknownFields members the record does not name, kept as in {@link CampaignDto}; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record StatusChangeDto(String id, String status, String updatedAt,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
