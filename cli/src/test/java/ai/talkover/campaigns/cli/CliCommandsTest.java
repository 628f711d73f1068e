package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliCommandsTest {

  @TempDir
  Path dir;

  /** Weekdays 09:00-17:00 New York, one completed call to +15550000009 and one no-answer. */
  static Campaign campaign() {
    return Campaign.builder()
        .id("campaign-uuid-1")
        .name("Sales Campaign")
        .status("active")
        .campaignType("sales")
        .timezone("America/New_York")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .earliestCallTime("09:00:00")
        .latestCallTime("17:00:00")
        .startDate("2024-01-01")
        .noAnswerCooldownHours(2)
        .calls(List.of(
            new Campaign.CallInput("c1", "+15550000009", "completed", 0, "2025-03-07T15:00:00Z", null),
            new Campaign.CallInput("c2", "+1 555 000 0002", "no-answer", 0, "2025-03-10T11:30:00Z", null)))
        .build();
  }

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void eligibility_json_printsExactlyTheDocumentedObject() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("eligibility", "--campaign-file", "x.json", "--to", "+1 (555) 000-0001", "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"to\":\"+15550000001\",\"callable\":false,"
        + "\"next_eligible_at\":\"2025-03-10T13:00:00Z\",\"reasons\":[\"OUTSIDE_CALL_WINDOW\"]}");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void eligibility_json_callableNow_hasEmptyReasonsAndNowAsNext() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("eligibility", "--campaign-file", "x.json", "--to", "+15550000001", "--json",
            "--at", "2025-03-10T14:00:00Z");
    assertThat(r.out().strip()).isEqualTo("{\"to\":\"+15550000001\",\"callable\":true,"
        + "\"next_eligible_at\":\"2025-03-10T14:00:00Z\",\"reasons\":[]}");
  }

  @Test
  void eligibility_json_blockedNumber_hasNullNext() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("eligibility", "--campaign-file", "x.json", "--to", "+15550000009", "--json");
    assertThat(r.out().strip()).isEqualTo("{\"to\":\"+15550000009\",\"callable\":false,"
        + "\"next_eligible_at\":null,\"reasons\":[\"CONTACT_COMPLETED\",\"OUTSIDE_CALL_WINDOW\"]}");
  }

  @Test
  void eligibility_text_showsCampaignZoneAndRelativeTime() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("eligibility", "--campaign-file", "x.json", "--to", "+15550000001");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("+15550000001: not callable now")
        .contains("Mon 2025-03-10 09:00:00 EDT (2025-03-10T13:00:00Z), in 1 h")
        .contains("OUTSIDE_CALL_WINDOW");
  }

  @Test
  void eligibility_enqueuedAt_appliesNoInitialDelayWhenZero() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("eligibility", "--campaign-file", "x.json", "--to", "+15550000001", "--json",
            "--at", "2025-03-10T14:00:00Z", "--enqueued-at", "2025-03-10T13:59:00Z");
    assertThat(r.out()).contains("\"callable\":true");
  }

  @Test
  void eligibility_dncFile_blocksListedNumberIgnoringCommentsAndBlankLines() throws IOException {
    Campaign withDnc = Campaign.builder().id("c").status("active").timezone("UTC")
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7)).earliestCallTime("00:00").latestCallTime("23:59")
        .doNotCallEnabled(true).build();
    Path dnc = file("dnc.txt", "# do not call\n\n+1 555 000 0001  # asked us\n");
    CliHarness.Result r = CliHarness.withCampaign(withDnc)
        .run("eligibility", "--campaign-file", "x.json", "--to", "+15550000001", "--json",
            "--dnc-file", dnc.toString());
    assertThat(r.out()).contains("\"reasons\":[\"DO_NOT_CALL\"]").contains("\"next_eligible_at\":null");
  }

  @Test
  void eligibility_invalidNumber_exits2WithOneLineNamingTheFlag() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("eligibility", "--campaign-file", "x.json", "--to", "555-CALL-NOW");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("--to: invalid phone number '555-CALL-NOW'").doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void eligibility_invalidAt_exits2NamingTheFlag() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("eligibility", "--campaign-file", "x.json", "--to", "+15550000001", "--at", "tomorrow");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("--at: 'tomorrow' is not an ISO-8601 instant (e.g. 2025-03-10T13:00:00Z)");
  }

  @Test
  void eligibility_withoutCampaignSource_exits2() {
    CliHarness.Result r = CliHarness.withCampaign(campaign()).run("eligibility", "--to", "+15550000001");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--campaign-file").contains("--campaign-id");
  }

  @Test
  void eligibility_withBothSources_exits2() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("eligibility", "--campaign-file", "x", "--campaign-id", "y", "--to", "+15550000001");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("mutually exclusive");
  }

  @Test
  void invalidCampaign_exits2WithTheFieldAsTheApiSpellsIt() {
    CliHarness harness = new CliHarness(new CampaignLoader() {
      @Override
      public Campaign fromFile(Path f) {
        return Campaign.builder().id("c").timezone("UTC").daysOfWeek(List.of(8))
            .earliestCallTime("09:00").latestCallTime("17:00").build();
      }

      @Override
      public TalkoverCampaigns connect(Rules rules, String missingToken) {
        throw new AssertionError();
      }
    });
    CliHarness.Result r = harness.run("show", "--campaign-file", "bad.json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("invalid campaign: days_of_week[0]: 8 is outside 1..7");
  }

  @Test
  void apiFailure_exits3WithTheApiMessage() {
    CliHarness.Result r;
    try (TalkoverStubServer server = TalkoverStubServer.builder().token("talq_cli_test").withFixtures().start()) {
      r = CliHarness.withApi(server, "talq_cli_test").run("show", "--campaign-id", "nope");
    }
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err().strip()).startsWith("Talkover API failed: campaign not found")
        .contains("Campaign not found").doesNotContain("\n").doesNotContain("Exception");
  }

  @Test
  void plan_jsonLines_orderedByNextEligibleThenNumber_noneLast() throws IOException {
    Path csv = file("contacts.csv",
        "name,to,enqueued_at\nZed,+15550000009,\nAnn,+1 555 000 0002,\nBob,+15550000001,2025-03-10T11:00:00Z\n"
            + "Cat,+15550000000,\n");
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("plan", "--campaign-file", "x.json", "--contacts", csv.toString(), "--json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().strip().split("\n")).containsExactly(
        "{\"to\":\"+15550000000\",\"callable\":false,\"next_eligible_at\":\"2025-03-10T13:00:00Z\",\"reasons\":[\"OUTSIDE_CALL_WINDOW\"]}",
        "{\"to\":\"+15550000001\",\"callable\":false,\"next_eligible_at\":\"2025-03-10T13:00:00Z\",\"reasons\":[\"OUTSIDE_CALL_WINDOW\"]}",
        "{\"to\":\"+15550000002\",\"callable\":false,\"next_eligible_at\":\"2025-03-10T13:30:00Z\",\"reasons\":[\"COOLDOWN\",\"OUTSIDE_CALL_WINDOW\"]}",
        "{\"to\":\"+15550000009\",\"callable\":false,\"next_eligible_at\":null,\"reasons\":[\"CONTACT_COMPLETED\",\"OUTSIDE_CALL_WINDOW\"]}");
  }

  @Test
  void plan_text_printsTableAndSummary() throws IOException {
    Path csv = file("contacts.csv", "to\n+15550000001\n+15550000009\n");
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("plan", "--campaign-file", "x.json", "--contacts", csv.toString());
    assertThat(r.out())
        .contains("NEXT ELIGIBLE (America/New_York)")
        .contains("+15550000001  no")
        .contains("Mon 2025-03-10 09:00 EDT")
        .contains("in 1 h")
        .contains("2 contacts: 0 callable now, 1 later, 1 with no next eligible time");
  }

  @Test
  void plan_csvWithoutToColumn_exits2NamingTheFile() throws IOException {
    Path csv = file("contacts.csv", "phone\n+15550000001\n");
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("plan", "--campaign-file", "x.json", "--contacts", csv.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("contacts.csv: header has no 'to' column");
  }

  @Test
  void plan_csvWithBadNumber_exits2NamingLineAndColumn() throws IOException {
    Path csv = file("contacts.csv", "to\n+15550000001\n12\n");
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("plan", "--campaign-file", "x.json", "--contacts", csv.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("line 3: column 'to': invalid phone number '12'");
  }

  @Test
  void plan_csvWithBadEnqueuedAt_exits2() throws IOException {
    Path csv = file("contacts.csv", "to,enqueued_at\n+15550000001,yesterday\n");
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("plan", "--campaign-file", "x.json", "--contacts", csv.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("line 2: column 'enqueued_at': 'yesterday' is not an ISO-8601 instant");
  }

  @Test
  void plan_missingContactsFile_exits2() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("plan", "--campaign-file", "x.json", "--contacts", dir.resolve("nope.csv").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--contacts: file not found");
  }

  @Test
  void show_text_describesScheduleInWords() {
    CliHarness.Result r = CliHarness.withCampaign(campaign()).run("show", "--campaign-file", "x.json");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Campaign campaign-uuid-1 - Sales Campaign")
        .contains("Monday to Friday, 09:00-17:00 (America/New_York local time)")
        .contains("from 2024-01-01, no end date")
        .contains("up to 3 retries (4 attempts per contact)")
        .contains("no answer 2 h")
        .contains("Calls (2)");
  }

  @Test
  void show_json_holdsScheduleAndCalls() {
    CliHarness.Result r = CliHarness.withCampaign(campaign()).run("show", "--campaign-file", "x.json", "--json");
    assertThat(r.out())
        .contains("\"timezone\" : \"America/New_York\"")
        .contains("\"days_in_words\" : \"Monday to Friday\"")
        .contains("\"status_group\" : \"NO_ANSWER\"");
  }

  @Test
  void windows_listsIntervalsInZoneAndUtcAndCharts() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("windows", "--campaign-file", "x.json", "--days", "2");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("Mon 2025-03-10  09:00:00 EDT - 17:00:00 EDT   UTC 2025-03-10T13:00:00Z - 2025-03-10T21:00:00Z")
        .contains("Tue 2025-03-11  09:00:00 EDT - 17:00:00 EDT")
        .contains("Mon 2025-03-10  .........########.......");
  }

  @Test
  void windows_json_listsEachWindowInUtcAndLocalTime() throws Exception {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("windows", "--campaign-file", "x.json", "--at", "2025-03-10T12:00:00Z", "--days", "2", "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(r.out());
    assertThat(root.get("campaign_id").textValue()).isEqualTo("campaign-uuid-1");
    assertThat(root.get("timezone").textValue()).isEqualTo("America/New_York");
    assertThat(root.get("active").booleanValue()).isTrue();
    assertThat(root.get("from").textValue()).isEqualTo("2025-03-10T12:00:00Z");
    assertThat(root.get("to").textValue()).isEqualTo("2025-03-12T12:00:00Z");
    assertThat(root.get("windows").toString()).isEqualTo("["
        + "{\"start\":\"2025-03-10T13:00:00Z\",\"end\":\"2025-03-10T21:00:00Z\","
        + "\"local_start\":\"2025-03-10T09:00-04:00\",\"local_end\":\"2025-03-10T17:00-04:00\"},"
        + "{\"start\":\"2025-03-11T13:00:00Z\",\"end\":\"2025-03-11T21:00:00Z\","
        + "\"local_start\":\"2025-03-11T09:00-04:00\",\"local_end\":\"2025-03-11T17:00-04:00\"}]");
  }

  @Test
  void windows_daysOutOfRange_exits2() {
    CliHarness.Result r = CliHarness.withCampaign(campaign())
        .run("windows", "--campaign-file", "x.json", "--days", "0");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("--days: 0 is outside 1..400");
  }

  @Test
  void everyCommand_hasHelp() {
    for (String command : List.of("eligibility", "plan", "show", "windows")) {
      CliHarness.Result r = CliHarness.withCampaign(campaign()).run(command, "--help");
      assertThat(r.exitCode()).as(command).isZero();
      assertThat(r.out()).as(command).contains("Usage:").contains(command);
    }
  }

  @Test
  void noCommand_exits2WithUsageHint() {
    CliHarness.Result r = CliHarness.withCampaign(campaign()).run();
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("a command is required");
  }

  @Test
  void invalidCampaignException_isInvalidInput() {
    assertThat(TalkoverCli.exitCode(new InvalidCampaignException("x",
        List.of(new InvalidCampaignException.Violation("timezone", "missing"))))).isEqualTo(2);
  }

  @Test
  void show_listsUnreadableEntriesToInvalidNumbers() {
    Campaign c = Campaign.builder().id("c").status("active").timezone("UTC")
        .daysOfWeek(List.of(1)).earliestCallTime("09:00").latestCallTime("17:00")
        .calls(List.of(new Campaign.CallInput("odd-1", "n/a", null, null, null, null)))
        .build();
    CliHarness.Result text = CliHarness.withCampaign(c).run("show", "--campaign-file", "x.json");
    assertThat(text.out()).contains("1 more entries to invalid numbers are not readable attempts"
        + " (kept, matched to no contact): ids odd-1");
    CliHarness.Result json = CliHarness.withCampaign(c).run("show", "--campaign-file", "x.json", "--json");
    assertThat(json.out()).contains("\"unreadable_calls\" : [ {").contains("\"to\" : \"n/a\"");
  }
}
