package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignStats;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException.Violation;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CampaignJsonTest {

  private static Campaign read(String json) {
    return CampaignJson.read(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void read_getCampaignFixture_mapsEveryDocumentedField() {
    Campaign c = CampaignJson.read(Fixtures.bytes("get-campaign.json"));

    assertThat(c.id().value()).isEqualTo("campaign-uuid-1");
    assertThat(c.name()).contains("Sales Campaign");
    assertThat(c.description()).contains("Outbound sales campaign for Q1");
    assertThat(c.isActive()).isTrue();
    assertThat(c.type().orElseThrow().value()).isEqualTo("sales");
    assertThat(c.agentId()).contains("agent-uuid-1");
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
    assertThat(c.calls().get(1).attempt().status().value()).isEqualTo("failed");
    assertThat(c.calls().get(1).attempt().retries()).isEqualTo(1);
    assertThat(c.files()).hasSize(2);
    assertThat(c.files().get(1).status()).isEqualTo("processing");
    assertThat(c.stats()).contains(new CampaignStats(100, 80, 20, 80.0, 120));
    assertThat(c.createdAt()).contains(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(c.unknownFields()).isEmpty();
  }

  @Test
  void read_createUpdateShape_mapsCallTimeRangesAndNullEndDate() {
    Campaign c = CampaignJson.read(Fixtures.bytes("update-campaign-response.json"));

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
  void read_withoutEnvelope_readsTheBareCampaign() {
    String bare = Fixtures.text("get-campaign.json").replaceFirst("^\\{\\s*\"success\": true,\\s*\"data\": ", "");
    bare = bare.substring(0, bare.lastIndexOf('}'));

    Campaign c = read(bare);

    assertThat(c).isEqualTo(CampaignJson.read(Fixtures.bytes("get-campaign.json")));
  }

  @Test
  void read_fromStream_readsTheSameCampaign() {
    Campaign c = CampaignJson.read(new ByteArrayInputStream(Fixtures.bytes("get-campaign.json")));

    assertThat(c).isEqualTo(CampaignJson.read(Fixtures.bytes("get-campaign.json")));
  }

  @Test
  void read_unknownFieldsAndEnumValues_keepsThemAsPlainJavaValues() {
    String json = """
        {"id":"c1","status":"archived","campaign_type":"survey","start_date":"2024-01-01",
         "days_of_week":[1],"call_time_ranges":[{"start":"09:00","end":"17:00","label":"am"}],
         "timezone":"Europe/London","do_not_call_list_source":"campaign",
         "calls":[{"status":"voicemail_left","created_at":"2024-01-02T10:00:00Z","to":"+15550001111"}],
         "priority":7,"ratio":0.25,"big":12345678901234,"flag":true,"nothing":null,
         "tags":["a","b"],"routing":{"mode":"fast","weights":[1,2]}}
        """;

    Campaign c = read(json);

    assertThat(c.status().orElseThrow().value()).isEqualTo("archived");
    assertThat(c.status().orElseThrow().known()).isEmpty();
    assertThat(c.type().orElseThrow().value()).isEqualTo("survey");
    assertThat(c.dncPolicy().listSource().value()).isEqualTo("campaign");
    assertThat(c.calls().get(0).attempt().status().value()).isEqualTo("voicemail_left");
    Map<String, Object> unknown = c.unknownFields();
    assertThat(unknown).containsOnlyKeys("priority", "ratio", "big", "flag", "nothing", "tags", "routing");
    assertThat(unknown.get("priority")).isEqualTo(7);
    assertThat(unknown.get("ratio")).isEqualTo(0.25);
    assertThat(unknown.get("big")).isEqualTo(12345678901234L);
    assertThat(unknown.get("flag")).isEqualTo(Boolean.TRUE);
    assertThat(unknown).containsEntry("nothing", null);
    assertThat(unknown.get("tags")).isEqualTo(List.of("a", "b"));
    assertThat(unknown.get("routing")).isEqualTo(Map.of("mode", "fast", "weights", List.of(1, 2)));
    assertThat(c.callTimeRangeUnknownFields()).containsExactly(Map.of("label", "am"));
    assertThat(c.calls().get(0).unknownFields()).isEmpty();
  }

  /** Every JSON value type, as an unknown member: string, number, boolean, object, array, null. */
  private static final String EXTRAS = """
      "s":"text","n":42,"d":1.5,"b":false,"o":{"k":[1,"two",null]},"a":[true,{"x":1}],"z":null""";

  /** What {@link #EXTRAS} reads as, next to one more member {@code extra}, sorted by name. */
  private static void assertExtras(Map<String, Object> unknown, String extra) {
    assertThat(unknown.keySet())
        .containsExactlyElementsOf(Stream.of(extra, "s", "n", "d", "b", "o", "a", "z").sorted().toList());
    assertThat(unknown.get("s")).isEqualTo("text");
    assertThat(unknown.get("n")).isEqualTo(42);
    assertThat(unknown.get("d")).isEqualTo(1.5);
    assertThat(unknown.get("b")).isEqualTo(Boolean.FALSE);
    assertThat(unknown.get("o")).isEqualTo(Map.of("k", Arrays.asList(1, "two", null)));
    assertThat(unknown.get("a")).isEqualTo(List.of(true, Map.of("x", 1)));
    assertThat(unknown).containsEntry("z", null);
  }

  @Test
  void read_unknownMembersOfNestedObjects_areKeptWithTheirValues() {
    String json = ("""
        {"id":"c1","status":"active","days_of_week":[1],"timezone":"UTC",
         "call_time_ranges":[{"start":"09:00","end":"12:00","range_x":1,%1$s},
                             {"start":"13:00","end":"17:00"}],
         "agent":{"id":"a1","name":"Ann","label":"Sales","agent_x":"v",%1$s},
         "stats":{"total_calls":3,"completed_calls":2,"failed_calls":1,"success_rate":66.7,
                  "average_duration":30,"stats_x":[],%1$s},
         "calls":[{"id":"call-1","to":"+15550001111","status":"completed","retries":0,
                   "created_at":"2024-01-02T10:00:00Z","error":null,"call_x":0,%1$s},
                  {"id":"call-2","to":"+15550001111","status":"busy","created_at":"2024-01-03T10:00:00Z"}],
         "files":[{"id":"f1","original_filename":"in.csv","processed_filename":"out.csv",
                   "status":"processed","total_records":3,"processed_records":3,"file_x":{},%1$s}],
         "top":1}
        """).formatted(EXTRAS);

    Campaign c = read(json);

    assertExtras(c.agent().orElseThrow().unknownFields(), "agent_x");
    assertThat(c.agent().orElseThrow().label()).isEqualTo("Sales");
    assertExtras(c.stats().orElseThrow().unknownFields(), "stats_x");
    assertThat(c.stats().orElseThrow().averageDurationSeconds()).isEqualTo(30);
    assertExtras(c.calls().get(0).unknownFields(), "call_x");
    assertThat(c.calls().get(0).attempt().status().value()).isEqualTo("completed");
    assertThat(c.calls().get(1).unknownFields()).isEmpty();
    assertExtras(c.files().get(0).unknownFields(), "file_x");
    assertThat(c.files().get(0).processedRecords()).isEqualTo(3);
    assertThat(c.window().ranges()).hasSize(2);
    assertExtras(c.callTimeRangeUnknownFields().get(0), "range_x");
    assertThat(c.callTimeRangeUnknownFields().get(1)).isEmpty();
    assertThat(c.unknownFields()).containsOnlyKeys("top");
  }

  @Test
  void read_sameNestedUnknownMembers_giveEqualCampaigns_differentOnesDoNot() {
    String template = """
        {"id":"c1","days_of_week":[1],"timezone":"UTC","call_time_ranges":[{"start":"09:00","end":"12:00"}],
         "agent":{"id":"a1","tier":%s}}
        """;

    assertThat(read(template.formatted("1"))).isEqualTo(read(template.formatted("1")));
    assertThat(read(template.formatted("1"))).isNotEqualTo(read(template.formatted("2")));
  }

  @Test
  void read_domainViolations_becomeInvalidCampaignResponseNamingEveryField() {
    String json = """
        {"success":true,"data":{"id":"c1","days_of_week":[1,8],"timezone":"Mars/Base",
         "earliest_call_time":"18:00:00","latest_call_time":"09:00:00","start_date":"2024-13-01"}}
        """;

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidCampaignResponseException.class)
        .satisfies(e -> assertThat(((InvalidCampaignResponseException) e).violations())
            .extracting(Violation::field)
            .contains("days_of_week[1]", "timezone", "latest_call_time", "start_date"))
        .hasMessageContaining("days_of_week[1]: 8 is outside 1..7");
  }

  @Test
  void read_valueOfWrongJsonType_isAViolationNamingTheField() {
    String json = """
        {"id":"c1","days_of_week":[1,"x"],"timezone":"UTC","call_time_ranges":[{"start":"09:00","end":"10:00"}]}
        """;

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidCampaignResponseException.class)
        .satisfies(e -> assertThat(((InvalidCampaignResponseException) e).violations())
            .containsExactly(new Violation("days_of_week[1]", "'x' is not an integer")));
  }

  @Test
  void read_numberWhereIntegerExpected_isRefusedNotTruncated() {
    String json = """
        {"id":"c1","max_retries":2.7,"days_of_week":[1],"timezone":"UTC","call_time_ranges":[{"start":"09:00","end":"10:00"}]}
        """;

    assertThatThrownBy(() -> read(json))
        .isInstanceOf(InvalidCampaignResponseException.class)
        .satisfies(e -> assertThat(((InvalidCampaignResponseException) e).violations())
            .containsExactly(new Violation("max_retries", "2.7 is not an integer")));
  }

  @Test
  void read_successFalse_isInvalidResponseWithTheApiMessage() {
    assertThatThrownBy(() -> read("{\"success\":false,\"message\":\"Campaign not found\"}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("success is false")
        .satisfies(e -> assertThat(((InvalidResponseException) e).apiMessage()).contains("Campaign not found"));
  }

  @Test
  void read_envelopeWithoutData_isInvalidResponse() {
    assertThatThrownBy(() -> read("{\"success\":true}"))
        .isInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).isEqualTo("the envelope has no data"));
  }

  @Test
  void read_truncatedJson_isInvalidResponseSayingTruncated() {
    String whole = Fixtures.text("get-campaign.json");

    assertThatThrownBy(() -> read(whole.substring(0, whole.length() / 2)))
        .isInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).startsWith("truncated JSON"));
  }

  @Test
  void read_notJson_isInvalidResponse() {
    assertThatThrownBy(() -> read("<html>502 Bad Gateway</html>"))
        .isInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).startsWith("body is not valid JSON"))
        .satisfies(e -> assertThat(((InvalidResponseException) e).bodySnippet()).contains("<html>502 Bad Gateway</html>"));
  }

  @Test
  void read_emptyDocument_isInvalidResponse() {
    assertThatThrownBy(() -> CampaignJson.read(new byte[0]))
        .isInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).isEqualTo("empty body"));
  }

  @Test
  void read_trailingGarbage_isInvalidResponse() {
    assertThatThrownBy(() -> read(Fixtures.text("get-campaign.json") + " {}"))
        .isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void read_duplicateMember_isInvalidResponseNotLastWins() {
    assertThatThrownBy(() -> read("{\"success\":true,\"data\":{\"id\":\"a\",\"status\":\"paused\",\"status\":\"active\"}}"))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("Duplicate field 'status'");
  }

  @Test
  void read_deeplyNestedJson_isStoppedByTheNestingLimit() {
    String deep = "[".repeat(5000) + "]".repeat(5000);

    assertThatThrownBy(() -> read("{\"success\":true,\"data\":{\"id\":\"a\",\"x\":" + deep + "}}"))
        .isInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail())
            .startsWith("body exceeds the parser limits").contains("nesting depth"));
  }

  @Test
  void read_hugeString_isStoppedByTheStringLimit() {
    String huge = "x".repeat(JsonCodec.MAX_STRING_LENGTH + 1);

    assertThatThrownBy(() -> read("{\"id\":\"a\",\"name\":\"" + huge + "\"}"))
        .isInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).contains("String value length"));
  }

  @Test
  void read_streamLongerThanTheCap_isInvalidResponseWithoutReadingItAll() {
    InputStream endless = new InputStream() {
      long served;

      @Override
      public int read() {
        served++;
        return served == 1 ? '[' : ' ';
      }
    };

    assertThatThrownBy(() -> CampaignJson.read(endless))
        .isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("larger than " + CampaignJson.MAX_BYTES);
  }

  @Test
  void read_unreadableStream_isUncheckedIo() {
    InputStream broken = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };

    assertThatThrownBy(() -> CampaignJson.read(broken)).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void read_dataNotAnObject_isInvalidResponse() {
    assertThatThrownBy(() -> read("{\"success\":true,\"data\":[1,2]}"))
        .isInstanceOf(InvalidResponseException.class)
        .satisfies(e -> assertThat(((InvalidResponseException) e).detail()).isEqualTo("data is an array, not a campaign object"));
  }
}
