package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
        .containsEntry("earliest_call_time", "09:00:00")
        .containsEntry("latest_call_time", "17:00:00")
        .containsEntry("timezone", "America/New_York")
        .containsEntry("days_of_week", List.of(1L, 2L, 3L, 4L, 5L))
        .doesNotContainKeys("call_time_ranges", "end_date");
  }

  @Test
  void updateShape_writesRangesAndNullEndDateAndNoEarliest() {
    Map<String, Object> data = JsonValues.parseObject(CampaignJsonBuilder.updateShape("c-2").toJson(), "t");

    assertThat(data).containsEntry("call_time_ranges", List.of(Map.of("start", "09:00", "end", "17:00")))
        .containsEntry("end_date", null)
        .doesNotContainKeys("earliest_call_time", "latest_call_time");
  }

  @Test
  void defaults_ofBothShapes_areValidCampaigns() {
    Campaign get = campaign(CampaignJsonBuilder.getShape("g"));
    Campaign update = campaign(CampaignJsonBuilder.updateShape("u"));

    assertThat(get.window().ranges()).isEqualTo(update.window().ranges());
    assertThat(get.window().days()).isEqualTo(update.window().days());
    assertThat(get.isActive()).isTrue();
  }

  @Test
  void toJson_escapesStringsSoTheyParseBackUnchanged() {
    String nasty = "quote \" backslash \\ newline \n tab \t nul \u0000 é 😀 </script>";
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("c-1").name(nasty).description(nasty);

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
  void setters_replaceAFieldInPlaceAndNullWritesJsonNull() {
    String json = CampaignJsonBuilder.empty().id("x").name("a").status("active").name(null).toJson();

    assertThat(json).isEqualTo("{\"id\":\"x\",\"name\":null,\"status\":\"active\"}");
  }

  @Test
  void remove_leavesTheFieldOut() {
    String json = CampaignJsonBuilder.getShape("x").remove("description").toJson();

    assertThat(JsonValues.parseObject(json, "t")).doesNotContainKey("description");
  }

  @Test
  void readBack_mapsEveryWrittenField() {
    Campaign c = campaign(CampaignJsonBuilder.updateShape("c-9")
        .name("Nine")
        .description("desc")
        .status("paused")
        .campaignType("follow_up")
        .agentId("agent-9")
        .agent("agent-9", "Nina", "Label")
        .timezone("Europe/Paris")
        .daysOfWeek(6, 7)
        .remove("call_time_ranges")
        .addCallTimeRange("10:00", "12:00")
        .addCallTimeRange("14:00", "16:30")
        .startDate("2024-01-15")
        .endDate("2024-03-31")
        .initialCallDelay(30)
        .maxRetries(5)
        .retryCooldownHours(48)
        .noAnswerCooldownHours(12)
        .doNotCallEnabled(true)
        .doNotCallListSource("custom")
        .doNotCallCustomList("+15551234567")
        .autoDncTriggerStatuses("completed")
        .addCall("+33142685300", "completed", 0, "2024-01-16T09:00:00Z")
        .addCall("my-id", "+33142685301", "no-answer", 2, "2024-01-16T10:00:00Z")
        .createdAt("2024-01-01T00:00:00Z")
        );

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
    assertThat(c.dncPolicy().enabled()).isTrue();
    assertThat(c.dncPolicy().customList()).containsExactly("+15551234567");
    assertThat(c.calls()).hasSize(2);
    assertThat(c.calls().get(0).id()).isEqualTo("call-1");
    assertThat(c.calls().get(1).id()).isEqualTo("my-id");
    assertThat(c.calls().get(1).attempt().retries()).isEqualTo(2);
    assertThat(c.createdAt()).isPresent();
  }

  @Test
  void field_extraField_isWrittenAndKeptAsUnknownField() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("c-1")
        .field("priority", 7)
        .field("tags", List.of("a", "b"))
        .field("meta", Map.of("k", true));

    assertThat(b.toJson()).contains("\"priority\":7").contains("\"tags\":[\"a\",\"b\"]")
        .contains("\"meta\":{\"k\":true}");
    assertThat(campaign(b).unknownFields())
        .containsEntry("priority", 7)
        .containsEntry("tags", List.of("a", "b"))
        .containsEntry("meta", Map.of("k", true));
  }

  @Test
  void readBack_unknownMembersOfNestedObjects_areKeptOnTheDomainObjects() {
    CampaignJsonBuilder b = CampaignJsonBuilder.parse("""
        {"id":"c-1","timezone":"UTC","days_of_week":[1],
         "call_time_ranges":[{"start":"09:00","end":"12:00","label":"am"}],
         "agent":{"id":"a1","voice":"alloy"},
         "stats":{"total_calls":1,"by_hour":[1]},
         "calls":[{"status":"completed","created_at":"2024-01-02T10:00:00Z","meta":{"k":true}}],
         "files":[{"id":"f1","checksum":null}]}
        """);

    Campaign c = campaign(b);

    assertThat(c.callTimeRangeUnknownFields()).containsExactly(Map.of("label", "am"));
    assertThat(c.agent().orElseThrow().unknownFields()).isEqualTo(Map.of("voice", "alloy"));
    assertThat(c.stats().orElseThrow().unknownFields()).isEqualTo(Map.of("by_hour", List.of(1)));
    assertThat(c.calls().get(0).unknownFields()).isEqualTo(Map.of("meta", Map.of("k", true)));
    assertThat(c.files().get(0).unknownFields()).containsOnlyKeys("checksum").containsEntry("checksum", null);
    assertThat(c.unknownFields()).isEmpty();
  }

  @Test
  void field_valueThatIsNotJson_isRejectedNamingTheField() {
    assertThatThrownBy(() -> CampaignJsonBuilder.empty().field("when", LocalDate.of(2024, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("when:");
  }

  @Test
  void readBack_invalidFields_throwTheDomainsViolations() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("bad").timezone("Mars/Olympus").daysOfWeek(0, 8);

    assertThatThrownBy(() -> campaign(b))
        .isInstanceOf(InvalidCampaignException.class)
        .hasMessageContaining("timezone")
        .hasMessageContaining("days_of_week[0]");
  }

  @Test
  void readBack_documentedFieldWithWrongJsonType_namesTheField() {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape("bad").field("max_retries", "three");

    assertThatThrownBy(() -> campaign(b))
        .isInstanceOf(InvalidCampaignException.class)
        .hasMessage("invalid campaign: max_retries: 'three' is not an integer");
  }

  @Test
  void parse_fixtureData_buildsTheSameCampaignAfterARoundTrip() {
    CampaignJsonBuilder fromFixture = CampaignJsonBuilder.parse(TalkoverFixtures.getCampaignData());
    Campaign direct = campaign(fromFixture);

    Campaign reparsed = campaign(CampaignJsonBuilder.parse(fromFixture.toJson()));

    assertThat(reparsed).isEqualTo(direct);
    assertThat(direct.id().value()).isEqualTo("campaign-uuid-1");
    assertThat(direct.calls()).hasSize(2);
    assertThat(direct.files()).hasSize(2);
    assertThat(direct.stats().orElseThrow().averageDurationSeconds()).isEqualTo(120);
    assertThat(direct.stats().orElseThrow().successRate()).isEqualTo(80.0);
  }

  @Test
  void copy_isIndependentOfTheOriginal() {
    CampaignJsonBuilder original = CampaignJsonBuilder.getShape("c-1").addCall("+1", "completed", 0, "2024-01-01T00:00:00Z");
    CampaignJsonBuilder copy = original.copy();

    copy.name("changed").addCall("+2", "failed", 0, "2024-01-01T00:00:00Z");

    assertThat(campaign(original).name()).contains("Campaign c-1");
    assertThat(campaign(original).calls()).hasSize(1);
    assertThat(campaign(copy).calls()).hasSize(2);
  }

  @Test
  void id_returnsTheStringIdOrEmpty() {
    assertThat(CampaignJsonBuilder.getShape("c-1").id()).contains("c-1");
    assertThat(CampaignJsonBuilder.empty().id()).isEmpty();
    assertThat(CampaignJsonBuilder.empty().field("id", 5).id()).isEmpty();
  }
}
