package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.TalkoverFixtures;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line items end to end: the built {@code cli/target/talkover-campaigns.jar} run with
 * {@code java -jar}, against a loopback stub server.
 */
class CliJarIT {

  private static final String TOKEN = "talq_jar_it_secret_0123456789";
  private static final String HOSTILE = "Sales\u001b]0;owned\u0007\u0000\u202eevil";

  @TempDir
  Path dir;

  private TalkoverStubServer server;
  private JarRunner jar;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start();
    jar = new JarRunner(dir);
    env = Map.of("TALKOVER_API_TOKEN", TOKEN, "TALKOVER_BASE_URL", server.rootUrl());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static void assertOneLine(String text) {
    assertThat(text).endsWith("\n");
    assertThat(text.strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void demo_theReadmeCommand_runsToTheEnd() {
    JarRunner.Result r = jar.run("demo");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Campaign campaign-uuid-1 - Sales Campaign").contains("Demo finished.");
  }

  @Test
  void debugLogLevel_neverPrintsTheAuthorizationHeaderOrTheToken() {
    JarRunner.Result r = jar.run(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug",
        "-Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.headers=debug",
        "-Dorg.slf4j.simpleLogger.log.org.apache.hc.client5.http.wire=debug"),
        env, "show", "--campaign-id", "campaign-uuid-1");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).as("debug logging is on").contains("DEBUG org.apache.hc.client5");
    assertThat(r.err()).doesNotContain(TOKEN).doesNotContainIgnoringCase("authorization: bearer")
        .doesNotContain(" >> ").doesNotContain(" << ");
    assertThat(r.out()).doesNotContain(TOKEN).contains("Campaign campaign-uuid-1");
  }

  @Test
  void debugFlag_printsTheLibrarysDebugLog_withoutTheToken() {
    JarRunner.Result r = jar.run(env, "show", "--campaign-id", "campaign-uuid-1", "--debug");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("DEBUG ai.talkover.campaigns").doesNotContain(TOKEN)
        .doesNotContain("DEBUG org.apache.hc");
  }

  @Test
  void hostileCampaignText_reachesTheTerminalEscaped() {
    server.addCampaign(CampaignJsonBuilder.getShape("evil").with(c -> c.name(HOSTILE)));

    JarRunner.Result text = jar.run(env, "show", "--campaign-id", "evil");
    JarRunner.Result list = jar.run(env, "list", "--json");

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("Campaign evil - Sales\\u001b]0;owned\\u0007\\u0000\\u202eevil")
        .doesNotContain("\u001b", "\u0007", "\u0000", "\u202e");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).doesNotContain("\u001b", "\u0007", "\u0000", "\u202e").contains("\\u202e");
  }

  @Test
  void invalidCampaignId_exits2WithOneLine() {
    JarRunner.Result r = jar.run(env, "show", "--campaign-id", "..");

    assertThat(r.exitCode()).isEqualTo(2);
    assertOneLine(r.err());
    assertThat(r.err()).startsWith("--campaign-id: '..'");
    assertThat(server.totalRequestCount()).isZero();
  }

  @Test
  void tokenProblem_namesTalkoverApiToken() {
    JarRunner.Result r = jar.run(Map.of("TALKOVER_API_TOKEN", "talq_has space",
        "TALKOVER_BASE_URL", server.rootUrl()), "show", "--campaign-id", "campaign-uuid-1");

    assertThat(r.exitCode()).isEqualTo(2);
    assertOneLine(r.err());
    assertThat(r.err()).startsWith("TALKOVER_API_TOKEN: ").doesNotContain("talq_has space");
  }

  @Test
  void outOfMemoryInPlan_isOneLineWithAHint() throws IOException {
    Path csv = dir.resolve("huge.csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("to\n");
      for (int i = 0; i < 3_000_000; i++) {
        w.write("+1555");
        w.write(String.format("%07d", i));
        w.write('\n');
      }
    }
    Path campaign = Files.writeString(dir.resolve("get.json"), TalkoverFixtures.getCampaignBody());

    JarRunner.Result r = jar.run(List.of("-Xmx48m"), Map.of(), "plan", "--campaign-file", campaign.toString(),
        "--contacts", csv.toString());

    assertThat(r.exitCode()).isEqualTo(1);
    assertOneLine(r.err());
    assertThat(r.err()).startsWith("out of memory: ").contains("-Xmx");
  }

  @Test
  void inputFiles_bomLatin1DirectoryAndSkipInvalid() throws IOException {
    Path campaign = Files.writeString(dir.resolve("get.json"), TalkoverFixtures.getCampaignBody());
    Path bom = Files.write(dir.resolve("bom.csv"), ("\uFEFFto\r\n+15550000001\r\n").getBytes(StandardCharsets.UTF_8));
    Path latin1 = Files.write(dir.resolve("latin1.csv"), "to,name\n+15550000001,Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    Path mixed = Files.writeString(dir.resolve("mixed.csv"), "to\n+15550000001\nnope\n");

    JarRunner.Result withBom = jar.run("plan", "--campaign-file", campaign.toString(), "--contacts", bom.toString(),
        "--at", "2024-01-08T15:30:00Z", "--json");
    JarRunner.Result notUtf8 = jar.run("plan", "--campaign-file", campaign.toString(), "--contacts", latin1.toString());
    JarRunner.Result directory = jar.run("show", "--campaign-file", dir.toString());
    JarRunner.Result skipped = jar.run("plan", "--campaign-file", campaign.toString(), "--contacts", mixed.toString(),
        "--skip-invalid", "--json");

    assertThat(withBom.exitCode()).as(withBom.err()).isZero();
    assertThat(withBom.out()).startsWith("{\"to\":\"+15550000001\",\"callable\":true");
    assertThat(notUtf8.exitCode()).isEqualTo(2);
    assertOneLine(notUtf8.err());
    assertThat(notUtf8.err()).startsWith("--contacts: " + latin1 + ": line 2: not UTF-8 text");
    assertThat(directory.exitCode()).isEqualTo(2);
    assertThat(directory.err()).isEqualTo("--campaign-file: " + dir + " is a directory, not a file\n");
    assertThat(skipped.exitCode()).as(skipped.err()).isZero();
    assertThat(skipped.out().lines()).hasSize(1);
    assertThat(skipped.err()).startsWith(mixed + ": line 3: skipped: column 'to': ")
        .contains(mixed + ": skipped 1 of 2 rows; planning the other 1");
  }

  @Test
  void campaignIdWithAt_windowsJsonAndList() throws IOException {
    JarRunner.Result decide = jar.run(env, "eligibility", "--campaign-id", "campaign-uuid-1",
        "--to", "+15550000001", "--at", "2024-01-13T15:30:00Z", "--json");
    JarRunner.Result windows = jar.run(env, "windows", "--campaign-id", "campaign-uuid-1",
        "--at", "2024-01-08T15:30:00Z", "--days", "1", "--json");
    JarRunner.Result list = jar.run(env, "list", "--status", "active");

    assertThat(decide.exitCode()).as(decide.err()).isZero();
    assertThat(decide.out().strip()).isEqualTo("{\"to\":\"+15550000001\",\"callable\":false,"
        + "\"next_eligible_at\":\"2024-01-15T14:00:00Z\",\"reasons\":[\"OUTSIDE_CALL_WINDOW\"]}");
    assertThat(windows.exitCode()).as(windows.err()).isZero();
    JsonNode w = new ObjectMapper().readTree(windows.out());
    assertThat(w.at("/windows/0/start").textValue()).isEqualTo("2024-01-08T15:30:00Z");
    assertThat(w.at("/windows/0/end").textValue()).isEqualTo("2024-01-08T22:00:00Z");
    assertThat(list.exitCode()).as(list.err()).isZero();
    assertThat(list.out()).contains("campaign-uuid-1").containsPattern("\\d+ campaigns?\\n$");
  }
}
