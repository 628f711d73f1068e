package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The base URL: the root or the root plus {@code /api/v1}, and a 404 that is not from the API. */
class BaseUrlTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  @Override
  WireMockExtension wm() {
    return WM;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", "/api/v1", "/api/v1/", "/API/V1"})
  void rootOrRootPlusApiV1_requestTheSamePath(String suffix) {
    always(CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));

    query(b -> b.baseUrl(WM.baseUrl() + suffix)).get(ID);

    WM.verify(1, getRequestedFor(urlEqualTo(CAMPAIGN_PATH)));
  }

  @Test
  void gatewayPrefix_isKept_withOrWithoutApiV1() {
    always("/gateway" + CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));

    query(b -> b.baseUrl(WM.baseUrl() + "/gateway")).get(ID);
    query(b -> b.baseUrl(WM.baseUrl() + "/gateway/api/v1")).get(ID);

    WM.verify(2, getRequestedFor(urlEqualTo("/gateway" + CAMPAIGN_PATH)));
  }

  @Test
  void apiV1AsAPrefixOfAnotherSegment_isNotStripped() {
    always("/x-api/v1" + CAMPAIGN_PATH, json(200, Fixtures.text("get-campaign.json")));

    query(b -> b.baseUrl(WM.baseUrl() + "/x-api/v1")).get(ID);

    WM.verify(1, getRequestedFor(urlEqualTo("/x-api/v1" + CAMPAIGN_PATH)));
  }

  @Test
  void a404ThatIsNotTalkoversJson_saysTheUrlIsNotTheApi_namingIt_neverTheToken() {
    WM.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "text/html").withBody("<html><body>Not Found " + TOKEN + "</body></html>")));
    String url = WM.baseUrl() + "/somewhere-else";

    assertThatThrownBy(() -> query(b -> b.baseUrl(url)).get(ID))
        .isInstanceOf(InvalidResponseException.class)
        .isNotInstanceOf(CampaignNotFoundException.class)
        .hasMessageContaining("the base URL '" + url + "' does not look like the Talkover API")
        .hasMessageNotContaining(TOKEN);
    assertThatThrownBy(() -> query(b -> b.baseUrl(url)).list(CampaignFilter.all()))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("the base URL '" + url + "' does not look like the Talkover API");
  }

  @Test
  void a404WithForeignJson_isNotTheApiEither() {
    WM.stubFor(any(anyUrl()).willReturn(json(404, "{\"timestamp\":1,\"status\":404,\"path\":\"/x\"}")));

    assertThatThrownBy(() -> query().get(ID))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("does not look like the Talkover API");
  }

  @Test
  void a404WithTalkoversJson_staysCampaignNotFound() {
    always(CAMPAIGN_PATH, json(404, Fixtures.text("errors/404.json")));

    assertThatThrownBy(() -> query(b -> b.baseUrl(WM.baseUrl() + "/api/v1")).get(ID))
        .isInstanceOf(CampaignNotFoundException.class);
  }
}
