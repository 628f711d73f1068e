package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Agent;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands against the API (a loopback stub server), through the real loaders and the wired client. */
class CliApiTest {

  private static final String TOKEN = "talq_cli_api_test_secret";
  /** Text a hostile or broken API could send: retitle the terminal, bell, NUL, right-to-left override. */
  private static final String HOSTILE = "Sales\u001b]0;owned\u0007\u0000\u202eevil";

  @TempDir
  Path dir;

  private TalkoverStubServer server;
  private CliHarness cli;

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start();
    cli = CliHarness.withApi(server, TOKEN);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void assertNoRawControlCharacters(String text) {
    assertThat(text).doesNotContain("\u001b", "\u0007", "\u0000", "\u202e");
  }

  @Test
  void eligibility_campaignIdWithAt_decidesAtThatInstantThroughTheWiredClient() throws IOException {
    Path dnc = Files.writeString(dir.resolve("dnc.txt"), "+15550000009\n");

    CliHarness.Result saturday = cli.run("eligibility", "--campaign-id", "campaign-uuid-1",
        "--to", "+15550000001", "--at", "2024-01-13T15:30:00Z", "--json");
    CliHarness.Result listed = cli.run("eligibility", "--campaign-id", "campaign-uuid-1",
        "--to", "+15550000009", "--dnc-file", dnc.toString(), "--at", "2024-01-08T15:30:00Z", "--json");

    assertThat(saturday.exitCode()).as(saturday.err()).isZero();
    assertThat(saturday.out().strip()).isEqualTo("{\"to\":\"+15550000001\",\"callable\":false,"
        + "\"next_eligible_at\":\"2024-01-15T14:00:00Z\",\"reasons\":[\"OUTSIDE_CALL_WINDOW\"]}");
    assertThat(listed.out().strip()).isEqualTo("{\"to\":\"+15550000009\",\"callable\":false,"
        + "\"next_eligible_at\":null,\"reasons\":[\"DO_NOT_CALL\"]}");
  }

  @Test
  void plan_campaignIdWithAtAndPolicy_plansAtThatInstant() throws IOException {
    Path csv = Files.writeString(dir.resolve("c.csv"), "to\n+1 808 555 0123\n+1 212 555 0100\n");

    CliHarness.Result r = cli.run("plan", "--campaign-id", "campaign-uuid-1", "--contacts", csv.toString(),
        "--at", "2024-01-08T15:30:00Z", "--recipient-hours", "TCPA", "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip().split("\n")).containsExactly(
        "{\"to\":\"+12125550100\",\"callable\":true,\"next_eligible_at\":\"2024-01-08T15:30:00Z\",\"reasons\":[]}",
        "{\"to\":\"+18085550123\",\"callable\":false,\"next_eligible_at\":\"2024-01-08T18:00:00Z\","
            + "\"reasons\":[\"RECIPIENT_QUIET_HOURS\"]}");
    assertThat(server.requestCount("campaign-uuid-1")).isEqualTo(1);
  }

  @Test
  void invalidCampaignIds_exit2WithOneLineAndSendNothing() {
    for (String id : List.of(".", "..", "x".repeat(257))) {
      CliHarness.Result r = cli.run("show", "--campaign-id", id);

      assertThat(r.exitCode()).as(id).isEqualTo(2);
      assertThat(r.err()).as(id).startsWith("--campaign-id: ").doesNotContain("Exception");
      assertThat(r.err().strip()).as(id).doesNotContain("\n");
    }
    assertThat(server.totalRequestCount()).isZero();
  }

  @Test
  void tokenWithWhitespace_exits2NamingTheVariable_neverTheToken() {
    CliHarness.Result r = CliHarness.withEnvironment(Map.of(TalkoverCampaigns.TOKEN_VARIABLE, "talq_a b",
        TalkoverCampaigns.BASE_URL_VARIABLE, server.rootUrl())).run("show", "--campaign-id", "campaign-uuid-1");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("TALKOVER_API_TOKEN: ").doesNotContain("talq_a b")
        .doesNotContain("TALKOVER_BASE_URL").doesNotContain("\n");
  }

  @Test
  void badBaseUrl_exits2NamingTheVariable() {
    CliHarness.Result r = CliHarness.withEnvironment(Map.of(TalkoverCampaigns.TOKEN_VARIABLE, TOKEN,
        TalkoverCampaigns.BASE_URL_VARIABLE, "ftp://example.com")).run("show", "--campaign-id", "c");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("TALKOVER_BASE_URL: ").doesNotContain(TOKEN);
  }

  @Test
  void list_readsEveryPage_andCountsThem() {
    for (int i = 0; i < 120; i++) {
      server.addCampaign(CampaignJsonBuilder.getShape(String.format("bulk-%03d", i)));
    }
    int expected = server.campaignIds().size();

    CliHarness.Result r = cli.run("list");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().filter(l -> l.startsWith("bulk-"))).hasSize(120);
    assertThat(r.out().strip()).endsWith(expected + " campaigns");
    assertThat(server.listRequestCount()).isEqualTo(2);
  }

  @Test
  void list_filtersAndJson_sendTheFiltersAndPrintOneObjectPerCampaign() throws Exception {
    server.addCampaign(CampaignJsonBuilder.getShape("paused-1").with(c -> c.status("paused")
        .name("Spring reminder").campaignType("reminder")));
    server.addCampaign(CampaignJsonBuilder.getShape("paused-2").with(c -> c.status("paused").name("Autumn")
        .campaignType("reminder")));

    CliHarness.Result r = cli.run("list", "--status", "paused", "--type", "reminder", "--search", "spring",
        "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode only = new ObjectMapper().readTree(r.out().strip());
    assertThat(only.get("id").textValue()).isEqualTo("paused-1");
    assertThat(only.get("status").textValue()).isEqualTo("paused");
    assertThat(only.get("campaign_type").textValue()).isEqualTo("reminder");
    assertThat(only.get("timezone").textValue()).isEqualTo("America/New_York");
    assertThat(server.lastRequest().orElseThrow().url())
        .contains("status=paused").contains("campaign_type=reminder").contains("search=spring");
  }

  @Test
  void list_unknownStatus_exits2NamingTheFlagAndTheValues() {
    CliHarness.Result r = cli.run("list", "--status", "running");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip())
        .isEqualTo("--status: 'running' is not one of draft, active, paused, completed, cancelled");
    assertThat(server.totalRequestCount()).isZero();
  }

  @Test
  void list_withoutToken_exits2NamingTheVariable() {
    CliHarness.Result r = CliHarness.withEnvironment(Map.of()).run("list");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("list: set TALKOVER_API_TOKEN to list the campaigns of the API");
  }

  @Test
  void hostileCampaignText_isEscapedInEveryCommandsTextAndJsonOutput() throws Exception {
    server.addCampaign(CampaignJsonBuilder.getShape("evil").with(c -> c.name(HOSTILE)
        .description("d\u001b[2J").agent(new Agent("a\u0007", "Agent\u202e", "l"))));
    Path csv = Files.writeString(dir.resolve("c.csv"), "to\n+15550000001\n");

    List<CliHarness.Result> runs = List.of(
        cli.run("show", "--campaign-id", "evil"),
        cli.run("show", "--campaign-id", "evil", "--json"),
        cli.run("list"),
        cli.run("list", "--json"),
        cli.run("windows", "--campaign-id", "evil", "--json"),
        cli.run("eligibility", "--campaign-id", "evil", "--to", "+15550000001"),
        cli.run("plan", "--campaign-id", "evil", "--contacts", csv.toString()));

    for (CliHarness.Result r : runs) {
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertNoRawControlCharacters(r.out());
      assertNoRawControlCharacters(r.err());
    }
    assertThat(runs.get(0).out()).contains("Campaign evil - Sales\\u001b]0;owned\\u0007\\u0000\\u202eevil");
    assertThat(new ObjectMapper().readTree(runs.get(1).out()).get("name").textValue()).isEqualTo(HOSTILE);
    assertThat(runs.get(2).out()).contains("Sales\\u001b]0;owned");
    assertThat(runs.get(3).out().lines().map(l -> {
      try {
        return new ObjectMapper().readTree(l).get("name").textValue();
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    })).contains(HOSTILE);
  }

  @Test
  void hostileApiErrorMessage_isEscapedOnStderr() {
    server.fault(FaultSpec.forCampaign("campaign-uuid-1").response(400, "application/json",
        "{\"success\":false,\"message\":\"bad\\u001b]0;owned\\u0007\\u202e request\"}"));

    CliHarness.Result r = cli.run("show", "--campaign-id", "campaign-uuid-1");

    assertThat(r.exitCode()).isEqualTo(3);
    assertNoRawControlCharacters(r.err());
    assertThat(r.err().strip()).startsWith("Talkover API failed: ").doesNotContain("\n");
  }
}
