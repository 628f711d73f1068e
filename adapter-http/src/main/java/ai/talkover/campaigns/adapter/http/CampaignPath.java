package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import java.nio.charset.StandardCharsets;

/**
 * Builds request paths and query strings. A campaign id always becomes exactly one path segment:
 * every byte of its UTF-8 form other than the RFC 3986 unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}) is percent-encoded, so {@code /}, {@code ?}, {@code #}, {@code %},
 * spaces and control characters cannot change the path requested; the dot segments {@code .} and
 * {@code ..} are refused. Stateless and thread-safe.
 */
final class CampaignPath {

  /** The longest campaign id sent, in characters. */
  static final int MAX_ID_LENGTH = 256;
  /** The Get Campaign path template, as reported to the exchange listener. */
  static final String GET_TEMPLATE = "/api/v1/campaigns/{campaign_id}";
  /** The List Campaigns path. */
  static final String LIST_TEMPLATE = "/api/v1/campaigns";
  /** The path template of Make Campaign Call, for metrics tags. */
  static final String CALL_TEMPLATE = "/api/v1/campaigns/{campaign_id}/call";
  /** The path template of Update Campaign Status, for metrics tags. */
  static final String STATUS_TEMPLATE = "/api/v1/campaigns/{campaign_id}/status";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private CampaignPath() {}

  /**
   * The encoded path of Get Campaign.
   *
   * @param id the campaign id as given; not {@code null}
   * @return {@code /api/v1/campaigns/<encoded id>}
   * @throws IllegalArgumentException when the id is blank, longer than {@link #MAX_ID_LENGTH} or a
   *     dot segment
   */
  static String get(String id) {
    if (id.isBlank()) {
      throw new IllegalArgumentException("id: campaign id is blank");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("id: campaign id is " + id.length()
          + " characters long, more than " + MAX_ID_LENGTH);
    }
    if (id.equals(".") || id.equals("..")) {
      throw new IllegalArgumentException("id: '" + id + "' is a dot segment, not a campaign id");
    }
    return LIST_TEMPLATE + "/" + encode(id);
  }

  /**
   * The encoded path of Make Campaign Call.
   *
   * @param id the campaign id as given; not {@code null}
   * @return {@code /api/v1/campaigns/<encoded id>/call}
   * @throws IllegalArgumentException as {@link #get(String)}
   */
  static String call(String id) {
    return get(id) + "/call";
  }

  /**
   * The encoded path of Update Campaign Status.
   *
   * @param id the campaign id as given; not {@code null}
   * @return {@code /api/v1/campaigns/<encoded id>/status}
   * @throws IllegalArgumentException as {@link #get(String)}
   */
  static String status(String id) {
    return get(id) + "/status";
  }

  /**
   * The path and query of List Campaigns: {@code status}, {@code campaign_type}, {@code agent_id},
   * {@code date_from}, {@code date_to}, {@code search} when set, then {@code page} and
   * {@code per_page} always.
   *
   * @param filter the filter; not {@code null}
   * @return the encoded path and query
   */
  static String list(CampaignFilter filter) {
    StringBuilder sb = new StringBuilder(LIST_TEMPLATE).append('?');
    param(sb, "status", filter.status());
    param(sb, "campaign_type", filter.campaignType());
    param(sb, "agent_id", filter.agentId());
    param(sb, "date_from", filter.dateFrom() == null ? null : filter.dateFrom().toString());
    param(sb, "date_to", filter.dateTo() == null ? null : filter.dateTo().toString());
    param(sb, "search", filter.search());
    param(sb, "page", Integer.toString(filter.page()));
    param(sb, "per_page", Integer.toString(filter.perPage()));
    return sb.toString();
  }

  private static void param(StringBuilder sb, String name, String value) {
    if (value == null) {
      return;
    }
    if (sb.charAt(sb.length() - 1) != '?') {
      sb.append('&');
    }
    sb.append(name).append('=').append(encode(value));
  }

  /**
   * Percent-encodes everything but the unreserved characters.
   *
   * @param text the text; not {@code null}
   * @return the encoded text
   */
  static String encode(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder sb = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int c = b & 0xFF;
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
      }
    }
    return sb.toString();
  }
}
