package ai.talkover.campaigns.json;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignFile;
import ai.talkover.campaigns.domain.campaign.CampaignStats;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The documented bodies (the spec's fixtures) read into the values they spell out. */
class DocumentedBodiesTest {

  private final TalkoverJsonReader reader = TalkoverJsonReader.standard();

  @Test
  void getCampaign_readsEveryDocumentedField() {
    Campaign c = reader.readCampaign(Fixtures.bytes("get-campaign.json"));

    assertThat(c.id().value()).isEqualTo("campaign-uuid-1");
    assertThat(c.name()).contains("Sales Campaign");
    assertThat(c.description()).contains("Outbound sales campaign for Q1");
    assertThat(c.status().orElseThrow().value()).isEqualTo("active");
    assertThat(c.type().orElseThrow().value()).isEqualTo("sales");
    assertThat(c.agentId()).contains("agent-uuid-1");
    assertThat(c.agent().orElseThrow().name()).isEqualTo("Sales Agent");
    assertThat(c.agent().orElseThrow().label()).isEqualTo("Sales Agent Label");
    assertThat(c.window().zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(c.window().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    assertThat(c.window().ranges())
        .containsExactly(new TimeRange(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    assertThat(c.window().startDate()).contains(LocalDate.of(2024, 1, 1));
    assertThat(c.window().endDate()).isEmpty();
    assertThat(c.retryPolicy().maxRetries()).isEqualTo(3);
    assertThat(c.retryPolicy().postCompletionCooldown()).isEqualTo(Duration.ofHours(168));
    assertThat(c.dncPolicy().enabled()).isTrue();
    assertThat(c.dncPolicy().listSource().value()).isEqualTo("environment");
    assertThat(c.dncPolicy().triggerErrors()).containsExactly("invalid_number", "disconnected");
    assertThat(c.calls()).hasSize(2);
    assertThat(c.calls().get(0).id()).isEqualTo("call-uuid-1");
    assertThat(c.calls().get(0).to()).isEqualTo("+1234567890");
    assertThat(c.calls().get(0).attempt().status().value()).isEqualTo("completed");
    assertThat(c.calls().get(0).attempt().at()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(c.calls().get(1).attempt().status().value()).isEqualTo("failed");
    assertThat(c.calls().get(1).attempt().retries()).isEqualTo(1);
    assertThat(c.files()).containsExactly(
        new CampaignFile("file-uuid-1", "contacts.csv", "processed_contacts.csv", "processed", 1000, 950),
        new CampaignFile("file-uuid-2", "leads.xlsx", "processed_leads.csv", "processing", 500, 0));
    assertThat(c.stats()).contains(new CampaignStats(100, 80, 20, 80.0, 120));
    assertThat(c.createdAt()).contains(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(c.unknownFields()).isEmpty();
  }

  @Test
  void updateResponse_readsCallTimeRangesAndNullEndDate() {
    Campaign c = reader.readCampaign(Fixtures.bytes("update-campaign-response.json"));

    assertThat(c.id().value()).isEqualTo("campaign-uuid-2");
    assertThat(c.window().ranges()).containsExactly(
        new TimeRange(LocalTime.of(10, 0), LocalTime.of(12, 0)),
        new TimeRange(LocalTime.of(14, 0), LocalTime.of(16, 0)));
    assertThat(c.window().zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
    assertThat(c.window().endDate()).isEmpty();
    assertThat(c.updatedAt()).contains(Instant.parse("2024-01-15T11:30:00Z"));
    assertThat(c.unknownFields()).isEmpty();
  }

  @Test
  void savedCampaign_bareDataObject_readsTheSameCampaignAsItsEnvelope() {
    String bare = """
        {"id":"campaign-uuid-9","status":"paused","days_of_week":[6],"timezone":"Asia/Tokyo",
         "earliest_call_time":"08:30:00","latest_call_time":"12:00:00"}""";

    Campaign fromBare = reader.readSavedCampaign(bare);
    Campaign fromEnvelope = reader.readSavedCampaign("{\"success\":true,\"data\":" + bare + "}");

    assertThat(fromBare.id().value()).isEqualTo("campaign-uuid-9");
    assertThat(fromBare.status().orElseThrow().value()).isEqualTo("paused");
    assertThat(fromBare.window().days()).containsExactly(DayOfWeek.SATURDAY);
    assertThat(fromBare.window().ranges())
        .containsExactly(new TimeRange(LocalTime.of(8, 30), LocalTime.of(12, 0)));
    assertThat(fromEnvelope).isEqualTo(fromBare);
  }

  @Test
  void savedCampaign_dataWithoutSuccessOrId_isAnEnvelope_dataNextToAnId_isAnUnknownField() {
    String campaign = "{\"id\":\"c1\",\"days_of_week\":[1],\"timezone\":\"UTC\","
        + "\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"10:00\"}]}";

    Campaign enveloped = reader.readSavedCampaign("{\"data\":" + campaign + "}");
    Campaign bare = reader.readSavedCampaign(
        "{\"id\":\"c2\",\"data\":{\"k\":1},\"days_of_week\":[1],\"timezone\":\"UTC\","
            + "\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"10:00\"}]}");

    assertThat(enveloped.id().value()).isEqualTo("c1");
    assertThat(bare.id().value()).isEqualTo("c2");
    assertThat(bare.unknownFields()).isEqualTo(Map.of("data", Map.of("k", 1)));
  }

  @Test
  void listCampaigns_readsBothCampaignsAndThePagination() {
    CampaignListBody page = reader.readCampaignList(Fixtures.bytes("list-campaigns.json"), 1);

    assertThat(page.campaigns()).extracting(c -> c.id().value())
        .containsExactly("campaign-uuid-1", "campaign-uuid-2");
    Campaign second = page.campaigns().get(1);
    assertThat(second.status().orElseThrow().value()).isEqualTo("paused");
    assertThat(second.type().orElseThrow().value()).isEqualTo("follow_up");
    assertThat(second.window().days())
        .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
    assertThat(second.retryPolicy().maxRetries()).isEqualTo(2);
    assertThat(second.stats()).contains(new CampaignStats(50, 35, 15, 70.0, null));
    assertThat(page.pagination()).isEqualTo(new PaginationBlock(1, 5, 20, 100, 1, 20, null));
  }

  @Test
  void listCampaigns_unknownPaginationMembers_areKeptSortedByName() {
    String body = """
        {"success":true,"data":[],"pagination":{"current_page":2,"last_page":2,"per_page":10,
         "total":11,"from":11,"to":11,"next_cursor":"abc","has_more":false}}""";

    CampaignListBody page = reader.readCampaignList(body.getBytes(StandardCharsets.UTF_8), 2);

    assertThat(page.campaigns()).isEmpty();
    assertThat(page.pagination().unknownFields().keySet()).containsExactly("has_more", "next_cursor");
    assertThat(page.pagination().unknownFields()).containsEntry("next_cursor", "abc")
        .containsEntry("has_more", false);
  }

  @Test
  void errorBodies_giveTheirMessageWaitAndSummary() {
    assertThat(reader.readError(Fixtures.bytes("errors/401.json")))
        .isEqualTo(new ErrorDetails("Unauthorized", null, null));
    assertThat(reader.readError(Fixtures.bytes("errors/404.json")))
        .isEqualTo(new ErrorDetails("Campaign not found", null, null));
    assertThat(reader.readError(Fixtures.bytes("errors/422.json"))).isEqualTo(new ErrorDetails(
        "The given data was invalid.", null, "status: The selected status is invalid."));
    assertThat(reader.readError(Fixtures.bytes("errors/429.json"))).isEqualTo(new ErrorDetails(
        "Rate limit exceeded. Please wait before making more requests.", Duration.ofSeconds(60),
        "code RATE_LIMIT_EXCEEDED"));
    assertThat(reader.readError(Fixtures.bytes("errors/500.json")))
        .isEqualTo(new ErrorDetails("Internal server error.", null, null));
  }

  @Test
  void errorBody_notJsonOrDuplicated_isReadLenientlyOrGivesNothing() {
    assertThat(reader.readError("<html>502</html>".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(ErrorDetails.NONE);
    assertThat(reader.readError(new byte[0])).isEqualTo(ErrorDetails.NONE);
    assertThat(reader.readError("{\"message\":\"a\",\"message\":\"b\"}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new ErrorDetails("b", null, null));
    assertThat(reader.readError("{\"details\":{\"retry_after\":1e300}}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new ErrorDetails(null, ErrorDetails.FOREVER, null));
    assertThat(reader.readError("{\"details\":{\"retry_after\":0.0015}}".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo(new ErrorDetails(null, Duration.ofMillis(2), null));
  }
}
