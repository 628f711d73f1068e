package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Update Campaign Status's request body (API spec §3.6), read and written.
 *
 * @param status the status asked for, as written; nullable
 * @param unknownFields members the record does not name, kept as in {@link CampaignDto}; nullable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record StatusRequestDto(String status, @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
