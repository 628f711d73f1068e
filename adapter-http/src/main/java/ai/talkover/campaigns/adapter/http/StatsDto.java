package ai.talkover.campaigns.adapter.http;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The {@code stats} block ({@code average_duration} only in Get Campaign).
 *
 * @param totalCalls calls made; nullable
 * @param completedCalls calls completed; nullable
 * @param failedCalls calls failed; nullable
 * @param successRate percent; nullable
 * @param averageDuration seconds; nullable
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record StatsDto(
    Integer totalCalls,
    Integer completedCalls,
    Integer failedCalls,
    Double successRate,
    Integer averageDuration) {}
