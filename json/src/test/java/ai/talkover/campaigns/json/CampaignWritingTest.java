package ai.talkover.campaigns.json;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.Campaign;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link TalkoverJsonWriter#writeCampaign}: the reverse of the reader, on the documented bodies. */
class CampaignWritingTest {

  private static final TalkoverJsonReader READER = TalkoverJsonReader.standard();

  private static Campaign minimal() {
    return Campaign.builder().id("c-1").name("Campaign c-1").status("active").campaignType("sales")
        .startDate("2024-01-01").daysOfWeek(List.of(5, 1, 3)).earliestCallTime("09:00")
        .latestCallTime("17:30:00").timezone("America/New_York").build();
  }

  @Test
  void minimalCampaign_getShape_writesTheDocumentedNamesValuesAndDefaults() {
    assertThat(TalkoverJsonWriter.writeCampaign(minimal(), CampaignShape.GET)).isEqualTo("{"
        + "\"id\":\"c-1\",\"name\":\"Campaign c-1\",\"status\":\"active\",\"campaign_type\":\"sales\","
        + "\"start_date\":\"2024-01-01\",\"days_of_week\":[1,3,5],\"earliest_call_time\":\"09:00:00\","
        + "\"latest_call_time\":\"17:30:00\",\"timezone\":\"America/New_York\",\"initial_call_delay\":0,"
        + "\"max_retries\":3,\"retry_cooldown_hours\":24,\"retry_on_no_conversion\":false,"
        + "\"do_not_call_enabled\":false,\"do_not_call_custom_list\":[],\"auto_add_to_dnc_enabled\":false,"
        + "\"auto_dnc_trigger_statuses\":[],\"auto_dnc_trigger_errors\":[],\"calls\":[],\"files\":[]}");
  }

  @Test
  void minimalCampaign_createUpdateShape_writesCallTimeRanges() {
    String json = TalkoverJsonWriter.writeCampaign(minimal(), CampaignShape.CREATE_UPDATE);

    assertThat(json).contains("\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"17:30\"}]")
        .doesNotContain("earliest_call_time", "latest_call_time");
  }

  @Test
  void rangeWithUnknownMembers_getShape_keepsThemInCallTimeRanges() {
    Campaign c = Campaign.builder().id("c-2").startDate("2024-01-01").daysOfWeek(List.of(1))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "12:00", Map.of("label", "am"))))
        .timezone("UTC").build();

    assertThat(TalkoverJsonWriter.writeCampaign(c, CampaignShape.GET))
        .contains("\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"12:00\",\"label\":\"am\"}]");
  }

  @ParameterizedTest
  @EnumSource(CampaignShape.class)
  void documentedGetAndUpdateBodies_writtenAndReadAgain_areEqualCampaigns(CampaignShape shape) {
    for (String fixture : List.of("get-campaign.json", "update-campaign-response.json")) {
      Campaign read = READER.readCampaign(Fixtures.bytes(fixture));

      Campaign again = READER.readSavedCampaign(TalkoverJsonWriter.writeCampaign(read, shape));

      assertThat(again).as(fixture).isEqualTo(read);
      assertThat(again.unknownFields()).as(fixture).isEqualTo(read.unknownFields());
    }
  }

  @Test
  void documentedListItems_writtenAndReadAgain_areEqualCampaigns() {
    List<Campaign> page = READER.readCampaignList(Fixtures.bytes("list-campaigns.json"), 1).campaigns();

    assertThat(page).isNotEmpty().allSatisfy(c -> assertThat(
        READER.readSavedCampaign(TalkoverJsonWriter.writeCampaign(c, CampaignShape.GET))).isEqualTo(c));
  }

  @Test
  void unreadableCallsUnknownMembersAndNestedObjects_surviveTheRoundTrip() {
    String body = "{\"id\":\"c-3\",\"start_date\":\"2024-01-01\",\"days_of_week\":[2],"
        + "\"earliest_call_time\":\"08:00:00\",\"latest_call_time\":\"09:00:00\",\"timezone\":\"UTC\","
        + "\"agent\":{\"id\":\"a\",\"voice\":\"x\"},\"stats\":{\"total_calls\":3,\"average_duration\":40},"
        + "\"success_cooldown_hours\":6,\"do_not_call_list_source\":\"crm\","
        + "\"calls\":[{\"id\":\"k1\",\"to\":\"+12125550101\",\"status\":\"busy\",\"retries\":1,"
        + "\"created_at\":\"2024-01-02T10:00:00+01:00\",\"sip\":486},{\"id\":\"k2\",\"to\":\"n/a\"}],"
        + "\"zeta\":[1,{\"b\":null}],\"alpha\":true}";
    Campaign read = READER.readSavedCampaign(body);

    String written = TalkoverJsonWriter.writeCampaign(read, CampaignShape.GET);

    assertThat(READER.readSavedCampaign(written)).isEqualTo(read);
    assertThat(written).contains("\"created_at\":\"2024-01-02T09:00:00Z\",\"sip\":486}",
        "{\"id\":\"k2\",\"to\":\"n/a\"}", "\"success_cooldown_hours\":6",
        "\"average_duration\":40", "\"alpha\":true,\"zeta\":[1,{\"b\":null}]}");
  }
}
