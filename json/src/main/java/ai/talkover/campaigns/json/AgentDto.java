package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * The {@code agent} block of Get and List Campaign.
 *
 * @param id the agent id; nullable
 * @param name the agent name; nullable
 * @param label the agent label; nullable
 * @param unknownFields the members the record does not name, as plain Java values (String, Number,
 *     Boolean, List, Map or null), collected as in {@link CampaignDto}; nullable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AgentDto(String id, String name, String label,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
