package ai.talkover.campaigns.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.TalkoverFixtures;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
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
    String bad = CampaignJsonBuilder.parse(TalkoverFixtures.getCampaignData()).field("days_of_week",
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
