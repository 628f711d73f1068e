package ai.talkover.campaigns.application.port.out;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The filters of List Campaigns and the page to read. Every filter is optional ({@code null}).
 *
 * @param status {@code draft|active|paused|completed|cancelled}; nullable
 * @param campaignType {@code sales|follow_up|reminder|custom}; nullable
 * @param agentId an agent id; nullable
 * @param dateFrom lower date bound; nullable
 * @param dateTo upper date bound; nullable
 * @param search text matched against name and description; nullable
 * @param page the page, from 1
 * @param perPage items per page, 1..100
 */
public record CampaignFilter(
    String status,
    String campaignType,
    String agentId,
    LocalDate dateFrom,
    LocalDate dateTo,
    String search,
    int page,
    int perPage) {

  /** The API's default page size. */
  public static final int DEFAULT_PER_PAGE = 20;
  /** The API's largest page size. */
  public static final int MAX_PER_PAGE = 100;

  /** Checks page and page size. */
  public CampaignFilter {
    if (page < 1) {
      throw new IllegalArgumentException("page: " + page + " is less than 1");
    }
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException("per_page: " + perPage + " is outside 1..100");
    }
    if (dateFrom != null && dateTo != null && dateTo.isBefore(dateFrom)) {
      throw new IllegalArgumentException("date_to: " + dateTo + " is before date_from " + dateFrom);
    }
  }

  /**
   * No filter, page 1, 20 per page.
   *
   * @return the filter
   */
  public static CampaignFilter all() {
    return new CampaignFilter(null, null, null, null, null, null, 1, DEFAULT_PER_PAGE);
  }

  /** @param v the status @return a copy with it */
  public CampaignFilter withStatus(String v) {
    return new CampaignFilter(v, campaignType, agentId, dateFrom, dateTo, search, page, perPage);
  }

  /** @param v the type @return a copy with it */
  public CampaignFilter withCampaignType(String v) {
    return new CampaignFilter(status, v, agentId, dateFrom, dateTo, search, page, perPage);
  }

  /** @param v the agent id @return a copy with it */
  public CampaignFilter withAgentId(String v) {
    return new CampaignFilter(status, campaignType, v, dateFrom, dateTo, search, page, perPage);
  }

  /** @param from the lower date @param to the upper date @return a copy with them */
  public CampaignFilter withDates(LocalDate from, LocalDate to) {
    return new CampaignFilter(status, campaignType, agentId, from, to, search, page, perPage);
  }

  /** @param v the search text @return a copy with it */
  public CampaignFilter withSearch(String v) {
    return new CampaignFilter(status, campaignType, agentId, dateFrom, dateTo, v, page, perPage);
  }

  /** @param v the page, from 1 @return a copy with it */
  public CampaignFilter withPage(int v) {
    return new CampaignFilter(status, campaignType, agentId, dateFrom, dateTo, search, v, perPage);
  }

  /** @param v the page size, 1..100 @return a copy with it */
  public CampaignFilter withPerPage(int v) {
    return new CampaignFilter(status, campaignType, agentId, dateFrom, dateTo, search, page, v);
  }

  @Override
  public String toString() {
    return "CampaignFilter[status=" + status + ", campaignType=" + campaignType + ", agentId="
        + agentId + ", dateFrom=" + dateFrom + ", dateTo=" + dateTo + ", search="
        + Objects.toString(search, null) + ", page=" + page + ", perPage=" + perPage + "]";
  }
}
