package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.TalkoverFixtures;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command on the documented fixtures, through the real file and API loaders. */
class FixtureCommandsTest {

  private static final String TOKEN = "talq_fixture_token_secret";

  @TempDir
  Path dir;

  private CliHarness.Result run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err),
        Clock.fixed(Instant.parse("2024-01-08T15:30:00Z"), ZoneOffset.UTC),
        new SystemContext.DefaultLoader(env));
    int code = TalkoverCli.run(args, context);
    return new CliHarness.Result(code, out.toString(), err.toString());
  }

  private CliHarness.Result run(String... args) {
    return run(Map.of(), args);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void show_getCampaignFixture_withEnvelope() throws IOException {
    Path file = write("get.json", TalkoverFixtures.getCampaignBody());
    CliHarness.Result r = run("show", "--campaign-file", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("Campaign campaign-uuid-1 - Sales Campaign")
        .contains("Monday to Friday, 09:00-17:00 (America/New_York local time)")
        .contains("auto-add on statuses completed, voicemail and errors invalid_number, disconnected")
        .contains("contacts.csv (processed): 950 of 1000 records processed")
        .contains("average duration 120 s");
  }

  @Test
  void show_updateFixture_withoutEnvelope_twoRanges() throws IOException {
    Path file = write("update.json", TalkoverFixtures.updateCampaignResponseData());
    CliHarness.Result r = run("show", "--campaign-file", file.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Monday to Friday, 10:00-12:00 and 14:00-16:00 (America/Sao_Paulo local time)");
  }

  /** A campaign with unknown members in every nested object but the second call and file. */
  private static final String NESTED_UNKNOWN = """
      {"id":"c-x","status":"active","timezone":"UTC","days_of_week":[1,2,3,4,5],
       "call_time_ranges":[{"start":"09:00","end":"12:00","label":"morning"},{"start":"13:00","end":"17:00"}],
       "agent":{"id":"a1","name":"Ann","label":"Sales","voice":{"id":"alloy","speed":1.1}},
       "stats":{"total_calls":2,"completed_calls":1,"failed_calls":1,"success_rate":50.0,"p95":[30,null]},
       "calls":[{"id":"call-1","to":"+15550001111","status":"completed","retries":0,
                 "created_at":"2024-01-02T10:00:00Z","sentiment":0.8,"tags":["vip"]},
                {"id":"call-2","to":"+15550002222","status":"busy","retries":1,"created_at":"2024-01-03T10:00:00Z"}],
       "files":[{"id":"f1","original_filename":"in.csv","status":"processed","total_records":2,
                 "processed_records":2,"checksum":"abc","deduplicated":true},
                {"id":"f2","original_filename":"more.csv","status":"processing","total_records":1,
                 "processed_records":0}],
       "priority":7}
      """;

  @Test
  void showJson_printsNestedUnknownFields_onlyOnObjectsThatHaveSome() throws Exception {
    Path file = write("nested.json", NESTED_UNKNOWN);

    CliHarness.Result r = run("show", "--campaign-file", file.toString(), "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/unknown_fields/priority").intValue()).isEqualTo(7);
    assertThat(root.at("/agent/unknown_fields/voice")).isEqualTo(
        new ObjectMapper().readTree("{\"id\":\"alloy\",\"speed\":1.1}"));
    assertThat(root.at("/agent/label").textValue()).isEqualTo("Sales");
    assertThat(root.at("/stats/unknown_fields/p95").toString()).isEqualTo("[30,null]");
    assertThat(root.at("/schedule/call_time_ranges/0/unknown_fields/label").textValue())
        .isEqualTo("morning");
    assertThat(root.at("/schedule/call_time_ranges/1").has("unknown_fields")).isFalse();
    JsonNode call = root.at("/calls/0/unknown_fields");
    assertThat(call.get("sentiment").doubleValue()).isEqualTo(0.8);
    assertThat(call.get("tags").toString()).isEqualTo("[\"vip\"]");
    assertThat(root.at("/calls/1").has("unknown_fields")).isFalse();
    assertThat(root.at("/files/0/unknown_fields/checksum").textValue()).isEqualTo("abc");
    assertThat(root.at("/files/0/unknown_fields/deduplicated").booleanValue()).isTrue();
    assertThat(root.at("/files/1").has("unknown_fields")).isFalse();
  }

  @Test
  void showJson_fixtureWithoutNestedUnknownMembers_printsNoNestedUnknownFields() throws Exception {
    Path file = write("get.json", TalkoverFixtures.getCampaignBody());

    CliHarness.Result r = run("show", "--campaign-file", file.toString(), "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("unknown_fields").isEmpty()).isTrue();
    assertThat(root.findParents("unknown_fields")).containsExactly(root);
  }

  @Test
  void showText_namesOtherFieldsPerCallFileAndStats() throws IOException {
    Path file = write("nested.json", NESTED_UNKNOWN);

    CliHarness.Result r = run("show", "--campaign-file", file.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out.lines().filter(l -> l.contains("call-1")))
        .singleElement().asString().endsWith("  other fields: sentiment, tags");
    assertThat(out.lines().filter(l -> l.contains("call-2")))
        .singleElement().asString().doesNotContain("other fields");
    assertThat(out.lines()).contains(
        "  in.csv (processed): 2 of 2 records processed, id f1; other fields: checksum, deduplicated",
        "  more.csv (processing): 0 of 1 records processed, id f2",
        "  total calls 2, completed 1, failed 1, success rate 50.0 %; other fields: p95",
        "Other fields: priority");
  }

  @Test
  void eligibility_fixtureCalls_completedNumberIsBlocked() throws IOException {
    Path file = write("get.json", TalkoverFixtures.getCampaignBody());
    CliHarness.Result r = run("eligibility", "--campaign-file", file.toString(), "--to", "+1234567890", "--json");
    assertThat(r.out().strip()).isEqualTo("{\"to\":\"+1234567890\",\"callable\":false,"
        + "\"next_eligible_at\":null,\"reasons\":[\"DO_NOT_CALL\",\"CONTACT_COMPLETED\"]}");
  }

  @Test
  void plan_fixture_ordersAndExplains() throws IOException {
    Path file = write("get.json", TalkoverFixtures.getCampaignBody());
    Path csv = write("contacts.csv", "to,name\n+1234567890,a\n+1987654321,b\n+15550000001,c\n");
    CliHarness.Result r = run("plan", "--campaign-file", file.toString(), "--contacts", csv.toString(),
        "--at", "2024-01-06T15:00:00Z", "--json");
    assertThat(r.out().strip().split("\n")).containsExactly(
        "{\"to\":\"+15550000001\",\"callable\":false,\"next_eligible_at\":\"2024-01-08T14:00:00Z\",\"reasons\":[\"OUTSIDE_CALL_WINDOW\"]}",
        "{\"to\":\"+1987654321\",\"callable\":false,\"next_eligible_at\":\"2024-01-08T14:00:00Z\",\"reasons\":[\"OUTSIDE_CALL_WINDOW\"]}",
        "{\"to\":\"+1234567890\",\"callable\":false,\"next_eligible_at\":null,\"reasons\":[\"DO_NOT_CALL\",\"CONTACT_COMPLETED\",\"COOLDOWN\",\"OUTSIDE_CALL_WINDOW\"]}");
  }

  @Test
  void windows_fixture_listsWeekdaysAndCharts() throws IOException {
    Path file = write("get.json", TalkoverFixtures.getCampaignBody());
    CliHarness.Result r = run("windows", "--campaign-file", file.toString(), "--days", "7");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Mon 2024-01-08  10:30:00 EST - 17:00:00 EST   UTC 2024-01-08T15:30:00Z - 2024-01-08T22:00:00Z")
        .contains("Fri 2024-01-12  09:00:00 EST - 17:00:00 EST")
        .doesNotContain("Sat 2024-01-13  09")
        .contains("Sat 2024-01-13  ........................");
  }

  @Test
  void invalidCampaignFile_exits2WithTheField() throws IOException {
    String bad = CampaignJsonBuilder.parse(TalkoverFixtures.getCampaignData()).set("/days_of_week",
        java.util.List.of(8, 2)).toJson();
    Path file = write("bad.json", bad);
    CliHarness.Result r = run("show", "--campaign-file", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("invalid campaign: days_of_week[0]: 8 is outside 1..7");
  }

  @Test
  void notJson_exits2() throws IOException {
    Path file = write("notes.txt", "hello");
    CliHarness.Result r = run("show", "--campaign-file", file.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("--campaign-file: " + file + " is not a Talkover campaign");
  }

  @Test
  void missingFile_exits2() {
    CliHarness.Result r = run("show", "--campaign-file", dir.resolve("nope.json").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("--campaign-file: file not found");
  }

  @Test
  void campaignId_fetchesThroughTheApi() {
    try (TalkoverStubServer server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start()) {
      Map<String, String> env = Map.of(TalkoverCampaigns.TOKEN_VARIABLE, TOKEN,
          TalkoverCampaigns.BASE_URL_VARIABLE, server.rootUrl());
      CliHarness.Result r = run(env, "show", "--campaign-id", "campaign-uuid-1");
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("Campaign campaign-uuid-1 - Sales Campaign");
      assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
    }
  }

  @Test
  void campaignId_unknown_exits3WithTheApiMessageAndNoToken() {
    try (TalkoverStubServer server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start()) {
      Map<String, String> env = Map.of(TalkoverCampaigns.TOKEN_VARIABLE, TOKEN,
          TalkoverCampaigns.BASE_URL_VARIABLE, server.rootUrl());
      CliHarness.Result r = run(env, "eligibility", "--campaign-id", "nope", "--to", "+15550000001");
      assertThat(r.exitCode()).isEqualTo(3);
      assertThat(r.err().strip()).contains("not found").contains("Campaign not found")
          .doesNotContain(TOKEN).doesNotContain("\n");
    }
  }

  @Test
  void campaignId_wrongToken_exits3Unauthorized() {
    try (TalkoverStubServer server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start()) {
      Map<String, String> env = Map.of(TalkoverCampaigns.TOKEN_VARIABLE, "talq_wrong_secret",
          TalkoverCampaigns.BASE_URL_VARIABLE, server.rootUrl());
      CliHarness.Result r = run(env, "show", "--campaign-id", "campaign-uuid-1");
      assertThat(r.exitCode()).isEqualTo(3);
      assertThat(r.err()).contains("unauthorized").contains("Unauthorized").doesNotContain("talq_wrong_secret");
    }
  }

  @Test
  void campaignId_withoutToken_exits2() {
    CliHarness.Result r = run("show", "--campaign-id", "campaign-uuid-1");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("--campaign-id: set TALKOVER_API_TOKEN to fetch a campaign"
        + " from the API (or use --campaign-file)");
  }

  @Test
  void demo_runsToTheEnd() {
    CliHarness.Result r = run("demo");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("== 1. show campaign-uuid-1")
        .contains("Campaign campaign-uuid-1 - Sales Campaign")
        .contains("+15550000002  no        Tue 2024-01-09 09:00 EST")
        .contains("a read now is a cache hit: 0 requests sent")
        .contains("the adapter sent 3 requests")
        .contains("stale, 6 min old")
        .contains("the failure reaches the caller: Talkover API failed: Talkover API server error")
        .contains("the server recovers")
        .contains("stale serves 1")
        .contains("Demo finished.");
  }
}
