package ai.talkover.campaigns.json;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * The {@code stats} block ({@code average_duration} only in Get Campaign).
 *
 * @param totalCalls calls made; nullable
 * @param completedCalls calls completed; nullable
 * @param failedCalls calls failed; nullable
 * @param successRate percent; nullable
 * @param averageDuration seconds; nullable
 * @param unknownFields the members the record does not name, as plain Java values (String, Number,
 *     Boolean, List, Map or null), collected as in {@link CampaignDto}; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
record StatsDto(
    Integer totalCalls,
    Integer completedCalls,
    Integer failedCalls,
    Double successRate,
    Integer averageDuration,
    @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownFields) {}
