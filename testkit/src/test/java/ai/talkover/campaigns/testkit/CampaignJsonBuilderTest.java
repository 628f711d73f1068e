package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.campaign.Agent;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import ai.talkover.campaigns.json.TalkoverJsonReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignJsonBuilderTest {

  /** The campaign a builder's object describes, as the wire module reads it. */
  private static Campaign campaign(CampaignJsonBuilder b) {
    return TalkoverJsonReader.standard().readSavedCampaign(b.toJson());
  }

  @Test
  void getShape_writesEarliestAndLatestAndNoRanges() {
    Map<String, Object> data = JsonValues.parseObject(CampaignJsonBuilder.getShape("c-1").toJson(), "t");

    assertThat(data).containsEntry("id", "c-1")
        .containsEntry("name", "Campaign c-1")
        .containsEntry("status", "active")
        .containsEntry("earliest_call_time", "09:00:00")
        .containsEntry("latest_call_time", "17:00:00")
        .containsEntry("timezone", "America/New_York")
        .containsEntry("days_of_week", List.of(1L, 2L, 3L, 4L, 5L))
        .containsEntry("max_retries", 3L)
        .containsEntry("retry_cooldown_hours", 24L)
        .doesNotContainKeys("call_time_ranges", "end_date");
  }

  @Test
  void updateShape_writesRangesAndNoEarliest() {
    Map<String, Object> data = JsonValues.parseObject(CampaignJsonBuilder.updateShape("c-2").toJson(), "t");

    assertThat(data).containsEntry("call_time_ranges", List.of(Map.of("start", "09:00", "end", "17:00")))
        .doesNotContainKeys("earliest_call_time", "latest_call_time");
  }

  @Test
  void defaults_ofBothShapes_areTheSameValidCampaign() {
    Campaign get = campaign(CampaignJsonBuilder.getShape("g"));
    Campaign update = campaign(CampaignJsonBuilder.updateShape("g"));

    assertThat(update).isEqualTo(get);
    assertThat(get.isActive()).isTrue();
  }

  @Test
  void toJson_escapesStringsSoTheyParseBackUnchanged() {
    String nasty = "quote \" backslash \\ newline \n tab \t nul \u0000 é 😀 </script>";
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("c-1").with(c -> c.name(nasty).description(nasty));

    Map<String, Object> data = JsonValues.parseObject(b.toJson(), "t");

    assertThat(data.get("name")).isEqualTo(nasty);
    assertThat(b.toJson()).contains("\\\"").contains("\\\\").contains("\\n").contains("\\u0000");
    assertThat(campaign(b).name()).contains(nasty);
  }

  @Test
  void toResponseBody_wrapsTheDataObjectInTheSuccessEnvelope() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("c-1");

    Map<String, Object> body = JsonValues.parseObject(b.toResponseBody(), "t");

    assertThat(body).containsEntry("success", true);
    assertThat(JsonValues.write(body.get("data"))).isEqualTo(b.toJson());
  }

  @Test
  void with_mapsEveryDomainSetterToItsField() {
    Campaign c = campaign(CampaignJsonBuilder.updateShape("c-9").with(b -> b
        .name("Nine")
        .description("desc")
        .status("paused")
        .campaignType("follow_up")
        .agentId("agent-9")
        .agent(new Agent("agent-9", "Nina", "Label"))
        .timezone("Europe/Paris")
        .daysOfWeek(List.of(6, 7))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("10:00", "12:00"),
            new Campaign.TimeRangeInput("14:00", "16:30")))
        .startDate("2024-01-15")
        .endDate("2024-03-31")
        .initialCallDelay(30)
        .maxRetries(5)
        .retryCooldownHours(48)
        .noAnswerCooldownHours(12)
        .doNotCallEnabled(true)
        .doNotCallListSource("custom")
        .doNotCallCustomList(List.of("+15551234567"))
        .autoDncTriggerStatuses(List.of("completed"))
        .createdAt("2024-01-01T00:00:00Z"))
        .addCall("+33142685300", "completed", 0, "2024-01-16T09:00:00Z")
        .addCall(new Campaign.CallInput("my-id", "+33142685301", "no-answer", 2,
            "2024-01-16T10:00:00Z", null)));

    assertThat(c.id()).isEqualTo(CampaignId.of("c-9"));
    assertThat(c.name()).contains("Nine");
    assertThat(c.description()).contains("desc");
    assertThat(c.status().orElseThrow().value()).isEqualTo("paused");
    assertThat(c.type().orElseThrow().value()).isEqualTo("follow_up");
    assertThat(c.agent().orElseThrow().name()).isEqualTo("Nina");
    assertThat(c.window().zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(c.window().days()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(c.window().ranges()).containsExactly(
        new TimeRange(LocalTime.of(10, 0), LocalTime.of(12, 0)),
        new TimeRange(LocalTime.of(14, 0), LocalTime.of(16, 30)));
    assertThat(c.window().startDate()).contains(LocalDate.of(2024, 1, 15));
    assertThat(c.window().endDate()).contains(LocalDate.of(2024, 3, 31));
    assertThat(c.retryPolicy().maxRetries()).isEqualTo(5);
    assertThat(c.retryPolicy().initialCallDelay()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.cooldownPolicy().retryCooldown()).isEqualTo(Duration.ofHours(48));
    assertThat(c.dncPolicy().enabled()).isTrue();
    assertThat(c.dncPolicy().customList()).containsExactly("+15551234567");
    assertThat(c.calls()).hasSize(2);
    assertThat(c.calls().get(0).id()).isEqualTo("call-1");
    assertThat(c.calls().get(1).id()).isEqualTo("my-id");
    assertThat(c.calls().get(1).attempt().retries()).isEqualTo(2);
    assertThat(c.createdAt()).isPresent();
  }

  @Test
  void with_invalidCampaign_failsWhenWritten_withTheDomainsViolations() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("bad").with(c -> c.timezone("Mars/Olympus"));

    assertThatThrownBy(b::toJson).isInstanceOf(InvalidCampaignException.class)
        .hasMessageContaining("timezone");
  }

  @Test
  void set_invalidValues_areWrittenAndReadBackAsTheDomainsViolations() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("bad")
        .set("/timezone", "Mars/Olympus").set("/days_of_week", List.of(0, 8));

    assertThatThrownBy(() -> campaign(b))
        .isInstanceOf(InvalidCampaignException.class)
        .hasMessageContaining("timezone")
        .hasMessageContaining("days_of_week[0]");
  }

  @Test
  void set_documentedFieldWithWrongJsonType_namesTheFieldWhenRead() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("bad").set("/max_retries", "three");

    assertThatThrownBy(() -> campaign(b))
        .isInstanceOf(InvalidCampaignException.class)
        .hasMessage("invalid campaign: max_retries: 'three' is not an integer");
  }

  @Test
  void set_unknownMembers_areWrittenAndKeptAsUnknownFields() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("c-1")
        .set("/priority", 7)
        .set("/tags", List.of("a", "b"))
        .setRaw("/meta", "{\"k\":true}")
        .set("/agent/voice", "alloy");

    assertThat(b.toJson()).contains("\"priority\":7").contains("\"tags\":[\"a\",\"b\"]")
        .contains("\"meta\":{\"k\":true}").contains("\"agent\":{\"voice\":\"alloy\"}");
    assertThat(campaign(b).unknownFields())
        .containsEntry("priority", 7)
        .containsEntry("tags", List.of("a", "b"))
        .containsEntry("meta", Map.of("k", true));
    assertThat(campaign(b).agent().orElseThrow().unknownFields()).isEqualTo(Map.of("voice", "alloy"));
  }

  @Test
  void setAndRemove_reachIntoArraysByIndex_andDashAppends() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("c-1")
        .addCall("+12125550101", "busy", 0, "2024-01-02T10:00:00Z")
        .set("/calls/0/status", "completed")
        .set("/days_of_week/-", 6)
        .remove("/calls/0/retries")
        .remove("/description")
        .set("/name", null);

    Map<String, Object> data = JsonValues.parseObject(b.toJson(), "t");

    assertThat(data).doesNotContainKey("description").containsEntry("name", null)
        .containsEntry("days_of_week", List.of(1L, 2L, 3L, 4L, 5L, 6L));
    assertThat(data.get("calls")).isEqualTo(List.of(Map.of("id", "call-1", "to", "+12125550101",
        "status", "completed", "created_at", "2024-01-02T10:00:00Z")));
  }

  @Test
  void treeEdits_badPointerOrValue_areRefusedNamingThem() {
    assertThatThrownBy(() -> CampaignJsonBuilder.empty().set("when", 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'when' is not a JSON Pointer");
    assertThatThrownBy(() -> CampaignJsonBuilder.empty().set("/when", LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("/when:");
    assertThatThrownBy(() -> CampaignJsonBuilder.getShape("c").set("/days_of_week/9", 1).toJson())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("/days_of_week/9: the array has 5 elements");
    assertThatThrownBy(() -> CampaignJsonBuilder.empty().setRaw("/x", "{oops"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_takesTreeEditsAndCalls_butNoCampaignEdits() {
    CampaignJsonBuilder fromFixture = CampaignJsonBuilder.parse(TalkoverFixtures.getCampaignData());
    Campaign direct = campaign(fromFixture);

    Campaign edited = campaign(fromFixture.copy().set("/status", "paused")
        .addCall("+12125550199", "busy", 0, "2024-01-03T10:00:00Z"));

    assertThat(direct.id().value()).isEqualTo("campaign-uuid-1");
    assertThat(direct.calls()).hasSize(2);
    assertThat(direct.stats().orElseThrow().successRate()).isEqualTo(80.0);
    assertThat(edited.status().orElseThrow().value()).isEqualTo("paused");
    assertThat(edited.calls()).hasSize(3);
    assertThat(edited.calls().get(2).id()).isEqualTo("call-3");
    assertThatThrownBy(() -> fromFixture.with(c -> c.status("paused")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("tree edits");
  }

  @Test
  void copy_isIndependentOfTheOriginal() {
    CampaignJsonBuilder original = CampaignJsonBuilder.getShape("c-1")
        .addCall("+12125550101", "completed", 0, "2024-01-01T00:00:00Z");
    CampaignJsonBuilder copy = original.copy();

    copy.with(c -> c.name("changed")).addCall("+12125550102", "failed", 0, "2024-01-01T00:00:00Z");

    assertThat(campaign(original).name()).contains("Campaign c-1");
    assertThat(campaign(original).calls()).hasSize(1);
    assertThat(campaign(copy).name()).contains("changed");
    assertThat(campaign(copy).calls()).hasSize(2);
  }

  @Test
  void id_returnsTheStringIdOrEmpty() {
    assertThat(CampaignJsonBuilder.getShape("c-1").id()).contains("c-1");
    assertThat(CampaignJsonBuilder.empty().id()).isEmpty();
    assertThat(CampaignJsonBuilder.empty().set("/id", 5).id()).isEmpty();
  }
}
