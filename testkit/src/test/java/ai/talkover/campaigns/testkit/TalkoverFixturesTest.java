package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TalkoverFixturesTest {

  @Test
  void bodies_areTheDocumentedExamples() {
    assertThat(JsonValues.parseObject(TalkoverFixtures.getCampaignBody(), "t")).containsEntry("success", true);
    assertThat(TalkoverFixtures.getCampaignData()).startsWith("{\"id\":\"campaign-uuid-1\"");
    assertThat(TalkoverFixtures.updateCampaignResponseData()).startsWith("{\"id\":\"campaign-uuid-2\"")
        .contains("\"call_time_ranges\"");
    Map<String, Object> list = JsonValues.parseObject(TalkoverFixtures.listCampaignsBody(), "t");
    assertThat(list).containsKeys("data", "pagination");
  }

  @Test
  void errorBody_documentedStatus_isTheBundledBody() {
    assertThat(JsonValues.parseObject(TalkoverFixtures.errorBody(404), "t"))
        .containsEntry("success", false).containsEntry("message", "Campaign not found");
    assertThat(JsonValues.parseObject(TalkoverFixtures.errorBody(401), "t")).containsEntry("message", "Unauthorized");
    assertThat(TalkoverFixtures.errorBody(429)).contains("\"retry_after\": 60");
    assertThat(TalkoverFixtures.errorBody(422)).contains("The given data was invalid.");
    assertThat(TalkoverFixtures.errorBody(500)).contains("Internal server error.");
  }

  @Test
  void errorBody_undocumentedStatus_isSynthesisedInTheCommonShape() {
    assertThat(TalkoverFixtures.errorBody(503)).isEqualTo("{\"success\":false,\"message\":\"Service Unavailable\"}");
    assertThat(TalkoverFixtures.errorBody(418)).isEqualTo("{\"success\":false,\"message\":\"HTTP 418\"}");
  }

  @Test
  void errorBody_statusOutOfRange_isRejected() {
    assertThatThrownBy(() -> TalkoverFixtures.errorBody(600))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("status: 600 is outside 100..599");
  }
}
