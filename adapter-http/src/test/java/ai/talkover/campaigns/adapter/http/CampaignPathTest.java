package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CampaignPathTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "campaign-uuid-1|/api/v1/campaigns/campaign-uuid-1",
      "a/b|/api/v1/campaigns/a%2Fb",
      "../admin|/api/v1/campaigns/..%2Fadmin",
      "a?x=1|/api/v1/campaigns/a%3Fx%3D1",
      "a#frag|/api/v1/campaigns/a%23frag",
      "100%|/api/v1/campaigns/100%25",
      "'a b'|/api/v1/campaigns/a%20b",
      "ção|/api/v1/campaigns/%C3%A7%C3%A3o",
      "a.b_c~d|/api/v1/campaigns/a.b_c~d"})
  void get_encodesTheIdAsOneSegment(String id, String path) {
    assertThat(CampaignPath.get(id)).isEqualTo(path);
  }

  @Test
  void get_controlCharacters_arePercentEncoded() {
    assertThat(CampaignPath.get("a\r\nHost: evil\u0000\u007f"))
        .isEqualTo("/api/v1/campaigns/a%0D%0AHost%3A%20evil%00%7F");
  }

  @Test
  void get_dotSegments_areRefused() {
    assertThatThrownBy(() -> CampaignPath.get("..")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("id: '..' is a dot segment");
    assertThatThrownBy(() -> CampaignPath.get(".")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void get_longestAllowedId_isAccepted_andOneMoreIsRefused() {
    assertThat(CampaignPath.get("x".repeat(CampaignPath.MAX_ID_LENGTH))).endsWith("x".repeat(256));
    assertThatThrownBy(() -> CampaignPath.get("x".repeat(CampaignPath.MAX_ID_LENGTH + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id: campaign id is 257 characters long, more than 256");
  }

  @Test
  void get_blankId_isRefused() {
    assertThatThrownBy(() -> CampaignPath.get(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id: campaign id is blank");
  }

  @Test
  void list_sendsEveryFilterEncoded_inDocumentedOrder() {
    CampaignFilter filter = CampaignFilter.all()
        .withStatus("active").withCampaignType("follow_up").withAgentId("agent/1")
        .withDates(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31))
        .withSearch("Sales & Co #1 = 100%").withPage(3).withPerPage(50);

    assertThat(CampaignPath.list(filter)).isEqualTo("/api/v1/campaigns?status=active"
        + "&campaign_type=follow_up&agent_id=agent%2F1&date_from=2024-01-01&date_to=2024-03-31"
        + "&search=Sales%20%26%20Co%20%231%20%3D%20100%25&page=3&per_page=50");
  }

  @Test
  void list_noFilter_sendsOnlyThePage() {
    assertThat(CampaignPath.list(CampaignFilter.all())).isEqualTo("/api/v1/campaigns?page=1&per_page=20");
  }
}
