package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.json.TalkoverJsonReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A deliberately minimal {@link CampaignQuery} over the JDK HTTP client, used only to prove that the
 * stub server and the contract fit together (the real adapter lives in adapter-http, which the
 * testkit must not depend on). It maps JSON with the wire module's {@link TalkoverJsonReader}.
 */
final class JdkHttpCampaignQuery implements CampaignQuery {

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final String baseUrl;
  private final String token;

  JdkHttpCampaignQuery(String baseUrl, String token) {
    this.baseUrl = baseUrl;
    this.token = token;
  }

  @Override
  public Campaign get(CampaignId id) {
    HttpResponse<String> r = send(baseUrl + "/campaigns/" + encodeSegment(id.value()), id.value());
    if (r.statusCode() == 404) {
      throw CampaignQueryException.notFound(context(r, id.value()));
    }
    Map<String, Object> body = body(r, id.value());
    return TalkoverJsonReader.standard().readSavedCampaign(JsonValues.write(body.get("data")));
  }

  @Override
  public CampaignPage list(CampaignFilter f) {
    StringJoiner q = new StringJoiner("&", "?", "");
    param(q, "status", f.status());
    param(q, "campaign_type", f.campaignType());
    param(q, "agent_id", f.agentId());
    param(q, "date_from", f.dateFrom() == null ? null : f.dateFrom().toString());
    param(q, "date_to", f.dateTo() == null ? null : f.dateTo().toString());
    param(q, "search", f.search());
    param(q, "page", Integer.toString(f.page()));
    param(q, "per_page", Integer.toString(f.perPage()));
    HttpResponse<String> r = send(baseUrl + "/campaigns" + q, null);
    Map<String, Object> body = body(r, null);
    List<Campaign> campaigns = new ArrayList<>();
    for (Object item : (List<?>) body.get("data")) {
      campaigns.add(TalkoverJsonReader.standard().readSavedCampaign(JsonValues.write(item)));
    }
    Map<?, ?> p = (Map<?, ?>) body.get("pagination");
    return new CampaignPage(campaigns, new Pagination(integer(p.get("current_page")),
        integer(p.get("last_page")), integer(p.get("per_page")), integer(p.get("total")),
        (Integer) nullableInteger(p.get("from")), (Integer) nullableInteger(p.get("to"))));
  }

  private HttpResponse<String> send(String url, String id) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json")
        .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw CampaignQueryException.network(
          CampaignQueryException.Context.noResponse(id, 1), NetworkException.Kind.OTHER, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new IOException("interrupted", e));
    }
  }

  private static Map<String, Object> body(HttpResponse<String> r, String id) {
    if (r.statusCode() != 200) {
      throw CampaignQueryException.serverError(context(r, id));
    }
    return JsonValues.parseObject(r.body(), "body");
  }

  private static CampaignQueryException.Context context(HttpResponse<String> r, String id) {
    return new CampaignQueryException.Context(r.statusCode(), id, 1, null, r.body());
  }

  private static void param(StringJoiner q, String name, String value) {
    if (value != null) {
      q.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }

  private static int integer(Object v) {
    return ((Number) v).intValue();
  }

  private static Object nullableInteger(Object v) {
    return v == null ? null : integer(v);
  }

  /** Percent-encodes everything but RFC 3986 unreserved characters. */
  static String encodeSegment(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }
}
