package ai.talkover.campaigns.adapter.http;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException.Violation;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListCampaignsTest extends HttpTestSupport {

  @RegisterExtension
  static final WireMockExtension WM = newServer();

  private static final String LIST = "/api/v1/campaigns";

  @Override
  WireMockExtension wm() {
    return WM;
  }

  /** A page holding the fixture's two items renamed, with its pagination block. */
  private static String page(int current, int last, String... ids) {
    String item = Fixtures.text("list-campaigns.json");
    String first = item.substring(item.indexOf('[') + 1, item.indexOf("},\n    {") + 1);
    String items = List.of(ids).stream()
        .map(id -> first.replace("\"campaign-uuid-1\"", "\"" + id + "\""))
        .collect(Collectors.joining(","));
    return "{\"success\":true,\"data\":[" + items + "],\"pagination\":{\"current_page\":" + current
        + ",\"last_page\":" + last + ",\"per_page\":2,\"total\":5,\"from\":1,\"to\":2}}";
  }

  @Test
  void list_fixture_returnsItemsAndPagination() {
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(200, Fixtures.text("list-campaigns.json"))));

    CampaignPage page = query().list(CampaignFilter.all());

    assertThat(page.campaigns()).extracting(c -> c.id().value())
        .containsExactly("campaign-uuid-1", "campaign-uuid-2");
    assertThat(page.campaigns().get(1).status().orElseThrow().value()).isEqualTo("paused");
    assertThat(page.pagination()).isEqualTo(new Pagination(1, 5, 20, 100, 1, 20));
    assertThat(requests()).hasSize(1);
    assertThat(requests().get(0).getUrl()).isEqualTo("/api/v1/campaigns?page=1&per_page=20");
  }

  @Test
  void list_unknownMembersOfPaginationAndOfNestedItemObjects_areKept() {
    String body = Fixtures.text("list-campaigns.json")
        .replace("\"label\": \"Sales Agent Label\"", "\"label\": \"Sales Agent Label\", \"voice\": \"alloy\"")
        .replace("\"success_rate\": 70.0", "\"success_rate\": 70.0, \"by_hour\": [1, 2]")
        .replace("\"to\": 20", "\"to\": 20, \"next_cursor\": \"abc\", \"links\": {\"next\": null}");
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(200, body)));

    CampaignPage page = query().list(CampaignFilter.all());

    assertThat(page.pagination().unknownFields().keySet()).containsExactly("links", "next_cursor");
    assertThat(page.pagination().unknownFields()).containsEntry("next_cursor", "abc");
    assertThat(page.pagination().unknownFields().get("links"))
        .isEqualTo(java.util.Collections.singletonMap("next", null));
    assertThat(page.pagination()).isNotEqualTo(new Pagination(1, 5, 20, 100, 1, 20));
    assertThat(page.pagination())
        .isEqualTo(new Pagination(1, 5, 20, 100, 1, 20, page.pagination().unknownFields()));
    assertThat(page.campaigns().get(0).agent().orElseThrow().unknownFields())
        .isEqualTo(java.util.Map.of("voice", "alloy"));
    assertThat(page.campaigns().get(0).stats().orElseThrow().unknownFields()).isEmpty();
    assertThat(page.campaigns().get(1).stats().orElseThrow().unknownFields())
        .isEqualTo(java.util.Map.of("by_hour", List.of(1, 2)));
  }

  @Test
  void list_sendsTheDocumentedQueryParameters_encoded() {
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(200, page(2, 3, "a"))));
    CampaignFilter filter = CampaignFilter.all().withStatus("active").withCampaignType("sales")
        .withAgentId("agent-uuid-1").withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1))
        .withSearch("Sales Campaign & Co").withPage(2).withPerPage(2);

    query().list(filter);

    WM.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(LIST))
        .withQueryParam("status", equalTo("active"))
        .withQueryParam("campaign_type", equalTo("sales"))
        .withQueryParam("agent_id", equalTo("agent-uuid-1"))
        .withQueryParam("date_from", equalTo("2024-01-01"))
        .withQueryParam("date_to", equalTo("2024-02-01"))
        .withQueryParam("search", equalTo("Sales Campaign & Co"))
        .withQueryParam("page", equalTo("2"))
        .withQueryParam("per_page", equalTo("2")));
    assertThat(requests().get(0).getUrl()).contains("search=Sales%20Campaign%20%26%20Co");
  }

  @Test
  void listAll_walksThreePagesLazily_inOrder() {
    for (int p = 1; p <= 3; p++) {
      String[] ids = p < 3 ? new String[] {"c" + (2 * p - 1), "c" + (2 * p)} : new String[] {"c5"};
      WM.stubFor(get(urlPathEqualTo(LIST)).withQueryParam("page", equalTo(Integer.toString(p)))
          .willReturn(json(200, page(p, 3, ids))));
    }
    TalkoverHttpCampaignQuery q = query();

    List<String> ids = q.listAll(CampaignFilter.all().withPerPage(2))
        .map(c -> c.id().value()).collect(Collectors.toList());

    assertThat(ids).containsExactly("c1", "c2", "c3", "c4", "c5");
    assertThat(requests()).hasSize(3);
    assertThat(requests()).extracting(r -> r.queryParameter("page").firstValue())
        .containsExactlyInAnyOrder("1", "2", "3");
  }

  @Test
  void listAll_readsNoMorePagesThanConsumed() {
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(200, page(1, 3, "c1", "c2"))));

    List<Campaign> first = query().listAll(CampaignFilter.all().withPerPage(2)).limit(2)
        .collect(Collectors.toList());

    assertThat(first).hasSize(2);
    assertThat(requests()).hasSize(1);
  }

  @Test
  void list_invalidItem_failsThePage_namingTheItem() {
    String body = page(1, 1, "a", "b", "c", "d").replaceFirst(
        "(\"id\": \"d\",[\\s\\S]*?)\"timezone\": \"America/New_York\"", "$1\"timezone\": \"Nope/Zone\"");
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(200, body)));

    assertThatThrownBy(() -> query().list(CampaignFilter.all()))
        .isExactlyInstanceOf(InvalidCampaignResponseException.class)
        .satisfies(e -> assertThat(((InvalidCampaignResponseException) e).violations())
            .containsExactly(new Violation("data[3].timezone", "'Nope/Zone' is not an IANA time zone")));
    assertThat(requests()).hasSize(1);
  }

  @Test
  void list_itemThatIsNotAnObject_failsThePage_namingTheItem() {
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(200,
        "{\"success\":true,\"data\":[null],\"pagination\":{\"current_page\":1,\"last_page\":1,\"per_page\":20,\"total\":1}}")));

    assertThatThrownBy(() -> query().list(CampaignFilter.all()))
        .isExactlyInstanceOf(InvalidCampaignResponseException.class)
        .satisfies(e -> assertThat(((InvalidCampaignResponseException) e).violations())
            .extracting(Violation::field).containsExactly("data[0]"));
  }

  @Test
  void list_withoutPagination_isInvalidResponse() {
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(200, "{\"success\":true,\"data\":[]}")));

    assertThatThrownBy(() -> query().list(CampaignFilter.all()))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail())
            .isEqualTo("the list has no pagination block"));
  }

  @Test
  void list_answerForAnotherPage_isInvalidResponse_soListAllCannotLoop() {
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(200, page(1, 3, "c1"))));
    TalkoverHttpCampaignQuery q = query();

    assertThatThrownBy(() -> q.listAll(CampaignFilter.all()).count())
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail())
            .isEqualTo("asked for page 2 but pagination.current_page is 1"));
    assertThat(requests()).hasSize(2);
  }

  @Test
  void list_404_isInvalidResponse_notCampaignNotFound() {
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(404, "{\"message\":\"Not Found\"}")));

    assertThatThrownBy(() -> query().list(CampaignFilter.all()))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).campaignId()).isEmpty());
    assertThat(requests()).hasSize(1);
  }

  @Test
  void list_422_isInvalidResponse_withTheApiFieldErrors() {
    WM.stubFor(get(urlPathEqualTo(LIST)).willReturn(json(422, Fixtures.text("errors/422.json"))));

    assertThatThrownBy(() -> query().list(CampaignFilter.all().withStatus("bogus")))
        .isExactlyInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("status: The selected status is invalid.");
    assertThat(requests()).hasSize(1);
    assertThat(time.waits).isEmpty();
  }
}
