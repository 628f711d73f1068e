package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exit codes of {@code call} and {@code status} on the built jar ({@code target/talkover-campaigns.jar},
 * run by failsafe after {@code package}), against the stub server through TALKOVER_BASE_URL. The jar
 * runs on the real clock, so the campaign's zone is chosen to put now in the middle of its window.
 */
class CallCommandJarIT {

  private static final String TOKEN = "talq_jar_it_secret";
  private static final String TO = "+12125550100";
  private static final Path JAR =
      Path.of(System.getProperty("talkover.cli.jar", "target/talkover-campaigns.jar"));

  private TalkoverStubServer server;

  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().token(TOKEN).start();
    // Local noon now: Etc/GMT-N is UTC+N.
    int hour = ZonedDateTime.now(Clock.systemUTC()).withZoneSameInstant(ZoneOffset.UTC).getHour();
    int offset = 12 - hour;
    String zone = offset == 0 ? "UTC" : "Etc/GMT" + (offset > 0 ? "-" : "+") + Math.abs(offset);
    server.addCampaign(CampaignJsonBuilder.getShape("open").with(c -> c.timezone(zone)
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7)).earliestCallTime("08:00:00").latestCallTime("16:00:00")
        .retryCooldownHours(0)));
    server.addCampaign(CampaignJsonBuilder.getShape("paused").with(c -> c.status("paused")));
    server.addCampaign(CampaignJsonBuilder.getShape("draft").with(c -> c.status("draft")));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Run jar(String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("the built jar").exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(JAR.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("TALKOVER_API_TOKEN", TOKEN);
    pb.environment().put("TALKOVER_BASE_URL", server.rootUrl());
    Path out = Files.createTempFile("cli-out", ".txt");
    Path err = Files.createTempFile("cli-err", ".txt");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the jar finished").isTrue();
      return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  @Test
  void placed_exit0() throws Exception {
    Run r = jar("call", "--campaign-id", "open", "--to", TO, "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"outcome\":\"placed\"");
    assertThat(server.callRequestCount("open")).isEqualTo(1);
  }

  @Test
  void dryRun_exit0_noPost() throws Exception {
    Run r = jar("call", "--campaign-id", "open", "--to", TO, "--dry-run");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(server.callRequestCount("open")).isZero();
  }

  @Test
  void refused_exit4() throws Exception {
    Run r = jar("call", "--campaign-id", "paused", "--to", TO);

    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.err().lines()).singleElement().asString().contains("CAMPAIGN_NOT_ACTIVE");
    assertThat(server.callRequestCount("paused")).isZero();
  }

  @Test
  void duplicate_exit5() throws Exception {
    server.fault(FaultSpec.forCall("open").response(409, "application/json",
        "{\"success\":false,\"message\":\"A call to this number already exists in this campaign\","
            + "\"existing_call\":{\"id\":\"call-x\",\"to\":\"" + TO + "\",\"status\":\"queued\"}}"));

    Run r = jar("call", "--campaign-id", "open", "--to", TO);

    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.err().lines()).singleElement().asString().contains("call-x");
  }

  @Test
  void outcomeUnknown_exit6() throws Exception {
    server.fault(FaultSpec.forCall("open").status(500));

    Run r = jar("call", "--campaign-id", "open", "--to", TO);

    assertThat(r.exitCode()).isEqualTo(6);
    assertThat(r.err().lines()).singleElement().asString().contains("outcome unknown");
    assertThat(server.callRequestCount("open")).isEqualTo(1);
  }

  @Test
  void invalidInput_exit2_apiFailure_exit3() throws Exception {
    Run invalid = jar("call", "--campaign-id", "open", "--to", "not a number");
    Run missing = jar("call", "--campaign-id", "gone", "--to", TO);

    assertThat(invalid.exitCode()).isEqualTo(2);
    assertThat(invalid.err().lines()).singleElement().asString().startsWith("--to:");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err().lines()).singleElement().asString().contains("campaign not found");
    assertThat(missing.err()).doesNotContain(TOKEN).doesNotContain("\tat ");
  }

  @Test
  void status_exit0_thenFinal_exit2() throws Exception {
    Run ok = jar("status", "--campaign-id", "draft", "--set", "cancelled");
    Run again = jar("status", "--campaign-id", "draft", "--set", "active");

    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).contains("status cancelled");
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err().lines()).singleElement().asString().contains("from cancelled to active");
    assertThat(server.statusRequestCount("draft")).isEqualTo(1);
  }
}
