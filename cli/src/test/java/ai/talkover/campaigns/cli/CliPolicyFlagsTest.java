package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.Campaign;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliPolicyFlagsTest {

  @TempDir
  Path dir;

  /** New York 09:00-17:00 every day. */
  private static Campaign newYork() {
    return Campaign.builder().id("ny").status("active").timezone("America/New_York")
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7)).callTimeRanges(
            List.of(new Campaign.TimeRangeInput("09:00", "17:00")))
        .build();
  }

  @Test
  void recipientHours_tcpa_honoluluAt3amLocal_waitsFor8amLocal() {
    CliHarness.Result r = CliHarness.withCampaign(newYork()).run("eligibility", "--campaign-file", "f",
        "--to", "+1 808 555 0123", "--at", "2026-06-01T13:00:00Z", "--recipient-hours", "TCPA", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"to\":\"+18085550123\",\"callable\":false,"
        + "\"next_eligible_at\":\"2026-06-01T18:00:00Z\",\"reasons\":[\"RECIPIENT_QUIET_HOURS\"]}");
  }

  @Test
  void recipientHours_tollFreeNumber_refusedUnlessFallbackZone() {
    CliHarness.Result refused = CliHarness.withCampaign(newYork()).run("eligibility", "--campaign-file", "f",
        "--to", "+1 800 555 0123", "--at", "2026-06-01T15:00:00Z", "--recipient-hours", "TCPA", "--json");
    assertThat(refused.out()).contains("\"next_eligible_at\":null")
        .contains("RECIPIENT_ZONE_UNKNOWN");
    CliHarness.Result fallback = CliHarness.withCampaign(newYork()).run("eligibility", "--campaign-file", "f",
        "--to", "+1 800 555 0123", "--at", "2026-06-01T15:00:00Z", "--recipient-hours", "TCPA",
        "--fallback-zone", "America/Chicago", "--json");
    assertThat(fallback.out()).contains("\"callable\":true");
  }

  @Test
  void blackoutDate_inCampaignZone_movesToNextDay() {
    CliHarness.Result r = CliHarness.withCampaign(newYork()).run("eligibility", "--campaign-file", "f",
        "--to", "+15550000001", "--at", "2026-07-03T14:00:00Z", "--blackout-date", "2026-07-03", "--json");
    assertThat(r.out().strip()).isEqualTo("{\"to\":\"+15550000001\",\"callable\":false,"
        + "\"next_eligible_at\":\"2026-07-04T13:00:00Z\",\"reasons\":[\"BLACKOUT_DATE\"]}");
  }

  @Test
  void attemptCap_planHonoursRollingPeriod() throws IOException {
    Campaign withCalls = Campaign.builder().id("fl").status("active").timezone("America/New_York")
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("08:00", "20:00")))
        .maxRetries(10).retryCooldownHours(1)
        .calls(List.of(
            new Campaign.CallInput("1", "+13055550100", "no-answer", 0, "2026-06-01T14:00:00Z", null),
            new Campaign.CallInput("2", "+13055550100", "no-answer", 1, "2026-06-01T18:00:00Z", null),
            new Campaign.CallInput("3", "+13055550100", "no-answer", 2, "2026-06-01T23:30:00Z", null)))
        .build();
    Path csv = Files.writeString(dir.resolve("c.csv"), "to\n+13055550100\n");
    CliHarness.Result r = CliHarness.withCampaign(withCalls).run("plan", "--campaign-file", "f",
        "--contacts", csv.toString(), "--at", "2026-06-02T12:00:00Z", "--max-attempts", "3",
        "--per", "24h", "--json");
    assertThat(r.out().strip()).isEqualTo("{\"to\":\"+13055550100\",\"callable\":false,"
        + "\"next_eligible_at\":\"2026-06-02T14:00:00Z\",\"reasons\":[\"ATTEMPT_CAP\"]}");
  }

  @Test
  void perWithoutMaxAttempts_exits2() {
    CliHarness.Result r = CliHarness.withCampaign(newYork()).run("eligibility", "--campaign-file", "f",
        "--to", "+15550000001", "--per", "24h");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("--per: needs --max-attempts N");
  }

  @Test
  void badRecipientHours_exits2NamingTheFlag() {
    CliHarness.Result r = CliHarness.withCampaign(newYork()).run("eligibility", "--campaign-file", "f",
        "--to", "+15550000001", "--recipient-hours", "sometimes");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("--recipient-hours: ").contains("sometimes");
  }

  @Test
  void badBlackoutDate_exits2NamingTheFlag() {
    CliHarness.Result r = CliHarness.withCampaign(newYork()).run("eligibility", "--campaign-file", "f",
        "--to", "+15550000001", "--blackout-date", "2026-02-30");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("--blackout-date: ").contains("2026-02-30");
  }
}
