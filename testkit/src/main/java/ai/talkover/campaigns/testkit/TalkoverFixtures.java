package ai.talkover.campaigns.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The response bodies the Talkover API documentation shows, bundled with the testkit, as Strings.
 *
 * <p>They are the documented examples (see the API fact sheet, §3), not live captures: Get Campaign
 * ({@code campaign-uuid-1}, Get shape with {@code earliest_call_time}/{@code latest_call_time}),
 * Update Campaign ({@code campaign-uuid-2}, Create/Update shape with {@code call_time_ranges}), List
 * Campaigns, and the error bodies of 401, 404, 422, 429 and 500. Each call returns the bundled text
 * unchanged. Stateless and thread-safe.
 */
public final class TalkoverFixtures {

  /** Statuses with a documented error body bundled here. */
  public static final Set<Integer> DOCUMENTED_ERROR_STATUSES = Set.of(401, 404, 422, 429, 500);

  private static final String ROOT = "fixtures/";
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private TalkoverFixtures() {}

  /**
   * The documented Get Campaign 200 body ({@code campaign-uuid-1}).
   *
   * @return the body; never {@code null}
   */
  public static String getCampaignBody() {
    return resource("get-campaign.json");
  }

  /**
   * The {@code data} object of {@link #getCampaignBody()} as compact JSON.
   *
   * @return the data object; never {@code null}
   */
  public static String getCampaignData() {
    return dataOf(getCampaignBody());
  }

  /**
   * The documented List Campaigns 200 body: two items and a pagination block that claims 100
   * campaigns. {@link TalkoverStubServer} does not serve this body; it computes its list from the
   * campaigns it holds.
   *
   * @return the body; never {@code null}
   */
  public static String listCampaignsBody() {
    return resource("list-campaigns.json");
  }

  /**
   * The documented Update Campaign 200 body, whose id is {@code campaign-uuid-2} here: the
   * Create/Update shape with {@code call_time_ranges}, {@code end_date: null} and no
   * {@code earliest_call_time}.
   *
   * @return the body; never {@code null}
   */
  public static String updateCampaignResponseBody() {
    return resource("update-campaign-response.json");
  }

  /**
   * The {@code data} object of {@link #updateCampaignResponseBody()} as compact JSON.
   *
   * @return the data object; never {@code null}
   */
  public static String updateCampaignResponseData() {
    return dataOf(updateCampaignResponseBody());
  }

  /**
   * An error body. For the {@link #DOCUMENTED_ERROR_STATUSES} it is the documented body (401
   * {@code Unauthorized}, 404 {@code Campaign not found}, 422 Laravel validation, 429 Make a Call's
   * {@code error} object with {@code details.retry_after}, 500 {@code Internal server error.}). For
   * any other status the docs show no body, so this one is synthesised in the common shape
   * {@code {"success":false,"message":"<reason phrase>"}}.
   *
   * @param status an HTTP status, 100..599
   * @return the body; never {@code null}
   * @throws IllegalArgumentException when the status is outside 100..599
   */
  public static String errorBody(int status) {
    if (status < 100 || status > 599) {
      throw new IllegalArgumentException("status: " + status + " is outside 100..599");
    }
    if (DOCUMENTED_ERROR_STATUSES.contains(status)) {
      return resource("errors/" + status + ".json");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("success", false);
    body.put("message", reasonPhrase(status));
    return JsonValues.write(body);
  }

  static String reasonPhrase(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 408:
        return "Request Timeout";
      case 409:
        return "Conflict";
      case 422:
        return "Unprocessable Content";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "HTTP " + status;
    }
  }

  private static String dataOf(String body) {
    return JsonValues.write(JsonValues.parseObject(body, "fixture").get("data"));
  }

  private static String resource(String name) {
    return CACHE.computeIfAbsent(name, TalkoverFixtures::load);
  }

  private static String load(String name) {
    try (InputStream in = TalkoverFixtures.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException("bundled fixture missing from the classpath: " + ROOT + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled fixture " + ROOT + name, e);
    }
  }
}
