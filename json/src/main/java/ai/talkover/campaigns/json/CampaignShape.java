package ai.talkover.campaigns.json;

/**
 * Which of the API's two campaign shapes {@link TalkoverJsonWriter#writeCampaign} writes (API spec
 * §3.4).
 */
public enum CampaignShape {
  /**
   * Get and List Campaign: the daily range as {@code earliest_call_time}/{@code latest_call_time}
   * ({@code HH:MM:SS}); a window of several ranges, or of a range with members this library does not
   * model, as {@code call_time_ranges} instead, so that nothing is lost.
   */
  GET,
  /** Create and Update Campaign: the ranges as {@code call_time_ranges} ({@code HH:MM}). */
  CREATE_UPDATE
}
