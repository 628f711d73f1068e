package ai.talkover.campaigns.domain;

/**
 * The campaign's call statistics, as the API computed them. Read-only information.
 *
 * @param totalCalls calls made; nullable
 * @param completedCalls calls completed; nullable
 * @param failedCalls calls failed; nullable
 * @param successRate success rate in percent; nullable
 * @param averageDurationSeconds average call duration in seconds (Get Campaign only); nullable
 */
public record CampaignStats(
    Integer totalCalls,
    Integer completedCalls,
    Integer failedCalls,
    Double successRate,
    Integer averageDurationSeconds) {}
