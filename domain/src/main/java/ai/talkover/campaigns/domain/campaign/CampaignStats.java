package ai.talkover.campaigns.domain.campaign;

import java.util.Map;

/**
 * The campaign's call statistics, as the API computed them. Read-only information. Immutable and
 * thread-safe.
 *
 * @param totalCalls calls made; nullable
 * @param completedCalls calls completed; nullable
 * @param failedCalls calls failed; nullable
 * @param successRate success rate in percent; nullable
 * @param averageDurationSeconds average call duration in seconds (Get Campaign only); nullable
 * @param unknownFields members of the API's {@code stats} object that this library does not model,
 *     as plain Java values (String, Number, Boolean, List, Map or null); {@code null} is read as
 *     none. Kept as an unmodifiable copy in input order (nested lists and maps are unmodifiable
 *     copies too); never {@code null}
 */
public record CampaignStats(
    Integer totalCalls,
    Integer completedCalls,
    Integer failedCalls,
    Double successRate,
    Integer averageDurationSeconds,
    Map<String, Object> unknownFields) {

  /** Copies {@code unknownFields}. */
  public CampaignStats {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * Statistics without unknown members.
   *
   * @param totalCalls calls made; nullable
   * @param completedCalls calls completed; nullable
   * @param failedCalls calls failed; nullable
   * @param successRate success rate in percent; nullable
   * @param averageDurationSeconds average call duration in seconds; nullable
   */
  public CampaignStats(Integer totalCalls, Integer completedCalls, Integer failedCalls,
      Double successRate, Integer averageDurationSeconds) {
    this(totalCalls, completedCalls, failedCalls, successRate, averageDurationSeconds, Map.of());
  }
}
