package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code call} and {@code status} in-process, against the stub server, at a fixed instant. */
class CallCommandTest {

  private static final String TOKEN = "talq_cli_call_secret";
  private static final String TO = "+12125550100";
  /** Wednesday 2024-06-05 10:00 in New York. */
  private static final Instant NOW = Instant.parse("2024-06-05T14:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private TalkoverStubServer server;

  record Result(int exitCode, String out, String err) {}

  @BeforeEach
  void start() {
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    server = TalkoverStubServer.builder().token(TOKEN).clock(clock).start();
    server.addCampaign(CampaignJsonBuilder.getShape("c-1").with(c -> c.retryCooldownHours(0)));
    server.addCampaign(CampaignJsonBuilder.getShape("c-paused").with(c -> c.status("paused")));
    server.addCampaign(CampaignJsonBuilder.getShape("c-draft").with(c -> c.status("draft")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    CampaignLoader api = new CampaignLoader() {
      @Override
      public Campaign fromFile(Path file) {
        throw new AssertionError("no file expected");
      }

      @Override
      public TalkoverCampaigns connect(Rules rules, String missingToken) {
        TalkoverCampaigns.Builder b = TalkoverCampaigns.builder().token(TOKEN)
            .baseUrl(server.rootUrl()).clock(clock).doNotCallList(rules.doNotCall());
        if (rules.policies() != null) {
          b.policies(rules.policies());
        }
        return b.build();
      }
    };
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err), clock, api);
    int code = TalkoverCli.run(args, context);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void eligible_exit0_onePost_andJsonDescribesTheCall() throws Exception {
    Result r = run("call", "--campaign-id", "c-1", "--to", TO, "--payload", "{\"name\":\"Ann\"}",
        "--testing", "--json");

    assertThat(r.exitCode()).isZero();
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("outcome").asText()).isEqualTo("placed");
    assertThat(out.at("/call/id").asText()).startsWith("stub-call-");
    assertThat(out.at("/call/status").asText()).isEqualTo("queued");
    assertThat(out.get("warning").isNull()).isTrue();
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
    JsonNode sent = JSON.readTree(server.callRequestBodies("c-1").get(0));
    assertThat(sent.at("/payload/name").asText()).isEqualTo("Ann");
    assertThat(sent.get("is_testing").asBoolean()).isTrue();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void refused_exit4_oneLineOnStderr_noPost() {
    Result r = run("call", "--campaign-id", "c-paused", "--to", TO);

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err().lines()).singleElement().asString()
        .contains("refused").contains("CAMPAIGN_NOT_ACTIVE");
    assertThat(r.out()).isEmpty();
    assertThat(server.callRequestCount("c-paused")).isZero();
  }

  @Test
  void refusedByAPolicyFlag_exit4_withReasonsAndNextInstantInJson() throws Exception {
    Result r = run("call", "--campaign-id", "c-1", "--to", TO, "--blackout-date", "2024-06-05", "--json");

    assertThat(r.exitCode()).isEqualTo(4);
    JsonNode out = JSON.readTree(r.out());
    assertThat(out.get("outcome").asText()).isEqualTo("refused");
    assertThat(out.get("cause").asText()).isEqualTo("RULES");
    assertThat(out.get("reasons").toString()).isEqualTo("[\"BLACKOUT_DATE\"]");
    assertThat(out.get("next_eligible_at").asText()).isEqualTo("2024-06-06T13:00:00Z");
    assertThat(server.callRequestCount("c-1")).isZero();
  }

  @Test
  void duplicate_exit5() {
    server.fault(FaultSpec.forCall("c-1").response(409, "application/json",
        "{\"success\":false,\"message\":\"A call to this number already exists in this campaign\","
            + "\"existing_call\":{\"id\":\"call-x\",\"to\":\"" + TO + "\",\"status\":\"queued\"}}"));

    Result r = run("call", "--campaign-id", "c-1", "--to", TO);

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.err()).contains("duplicate").contains("call-x");
  }

  @Test
  void duplicateJson_showsTheExistingCallAsSent_unknownMembersAndStatusIncluded() throws Exception {
    server.fault(FaultSpec.forCall("c-1").response(409, "application/json",
        "{\"success\":false,\"message\":\"A call to this number already exists in this campaign\","
            + "\"existing_call\":{\"id\":\"call-x\",\"to\":\"" + TO + "\",\"status\":\"awaiting_agent\","
            + "\"queue_position\":4,\"routing\":{\"region\":\"us-east\"}}}"));

    Result r = run("call", "--campaign-id", "c-1", "--to", TO, "--json");

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(JSON.readTree(r.out()).get("existing_call")).isEqualTo(JSON.readTree(
        "{\"id\":\"call-x\",\"campaign_id\":null,\"to\":\"" + TO + "\",\"status\":\"awaiting_agent\","
            + "\"scheduled_at\":null,\"created_at\":null,"
            + "\"unknown_fields\":{\"queue_position\":4,\"routing\":{\"region\":\"us-east\"}}}"));
  }

  @Test
  void outcomeUnknown_exit6_holdingTheNumber() {
    server.fault(FaultSpec.forCall("c-1").status(500));

    Result r = run("call", "--campaign-id", "c-1", "--to", TO, "--json");

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.out()).contains("\"outcome\":\"outcome_unknown\"")
        .contains("\"hold_until\":\"2024-06-05T14:15:00Z\"");
    assertThat(server.callRequestCount("c-1")).isEqualTo(1);
  }

  @Test
  void dryRun_exit0_sendsNothing() {
    Result r = run("call", "--campaign-id", "c-1", "--to", TO, "--dry-run", "--json");

    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"outcome\":\"would_place\"");
    assertThat(server.callRequestCount("c-1")).isZero();
  }

  @Test
  void badPayloadOrNumber_exit2_namingTheFlag() {
    Result payload = run("call", "--campaign-id", "c-1", "--to", TO, "--payload", "[1,2]");
    Result number = run("call", "--campaign-id", "c-1", "--to", "call me");

    assertThat(payload.exitCode()).isEqualTo(2);
    assertThat(payload.err()).startsWith("--payload: must be a JSON object");
    assertThat(number.exitCode()).isEqualTo(2);
    assertThat(number.err()).startsWith("--to:");
    assertThat(server.callRequestCount("c-1")).isZero();
  }

  @Test
  void unknownCampaign_exit3_oneLine_noToken() {
    Result r = run("call", "--campaign-id", "nope", "--to", TO);

    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().lines()).singleElement().asString().contains("campaign not found");
    assertThat(r.err()).doesNotContain(TOKEN);
  }

  @Test
  void status_documentedTransition_exit0_finalStatus_exit2() {
    Result ok = run("status", "--campaign-id", "c-draft", "--set", "active");
    Result bad = run("status", "--campaign-id", "c-draft", "--set", "draft");
    Result unknown = run("status", "--campaign-id", "c-draft", "--set", "archived");

    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains("status active");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("from active to draft");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("--set: 'archived' is not one of");
    assertThat(server.statusRequestCount("c-draft")).isEqualTo(1);
  }
}
