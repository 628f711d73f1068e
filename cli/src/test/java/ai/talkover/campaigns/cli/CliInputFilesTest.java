package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.testkit.TalkoverFixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as people save them: Excel's BOM, Latin-1 exports, directories, a few bad rows. */
class CliInputFilesTest {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir
  Path dir;

  private final CliHarness cli = CliHarness.withEnvironment(Map.of());

  private Path bytes(String name, byte[]... parts) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      b.write(p);
    }
    return Files.write(dir.resolve(name), b.toByteArray());
  }

  private Path campaignFile() throws IOException {
    return Files.writeString(dir.resolve("get.json"), TalkoverFixtures.getCampaignBody());
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void plan_csvSavedByExcelWithByteOrderMark_readsTheToColumn() throws IOException {
    Path csv = bytes("excel.csv", BOM, utf8("to,name\r\n+15550000001,Zoë\r\n"));

    CliHarness.Result r = cli.run("plan", "--campaign-file", campaignFile().toString(),
        "--contacts", csv.toString(), "--at", "2024-01-08T15:30:00Z", "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().strip()).isEqualTo("{\"to\":\"+15550000001\",\"callable\":true,"
        + "\"next_eligible_at\":\"2024-01-08T15:30:00Z\",\"reasons\":[]}");
  }

  @Test
  void campaignFileAndDncFile_withByteOrderMark_areRead() throws IOException {
    Path campaign = bytes("bom.json", BOM, utf8(TalkoverFixtures.getCampaignBody()));
    Path dnc = bytes("dnc.txt", BOM, utf8("+15550000001\n"));

    CliHarness.Result r = cli.run("eligibility", "--campaign-file", campaign.toString(),
        "--dnc-file", dnc.toString(), "--to", "+15550000001", "--at", "2024-01-08T15:30:00Z", "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("\"reasons\":[\"DO_NOT_CALL\"]");
  }

  @Test
  void plan_latin1Csv_exits2WithOneLineNamingFileAndLine() throws IOException {
    Path csv = bytes("latin1.csv", utf8("to,name\n+15550000001,Ann\n+15550000002,"),
        new byte[] {'R', 'e', 'n', (byte) 0xE9}, utf8("\n"));

    CliHarness.Result r = cli.run("plan", "--campaign-file", campaignFile().toString(),
        "--contacts", csv.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("--contacts: " + csv + ": line 3: not UTF-8 text (byte 0xE9);"
        + " save the file as UTF-8\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void dncFile_latin1_exits2NamingFileAndLine() throws IOException {
    Path dnc = bytes("dnc.txt", new byte[] {'#', ' ', 'M', (byte) 0xFC, 'l', 'l', 'e', 'r', '\n'});

    CliHarness.Result r = cli.run("eligibility", "--campaign-file", campaignFile().toString(),
        "--dnc-file", dnc.toString(), "--to", "+15550000001");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("--dnc-file: " + dnc + ": line 1: not UTF-8 text (byte 0xFC);"
        + " save the file as UTF-8");
  }

  @Test
  void directoryAsAnyInputFile_exits2WithOneLineNamingTheFlag() throws IOException {
    Path campaign = campaignFile();
    Path csv = Files.writeString(dir.resolve("ok.csv"), "to\n+15550000001\n");

    CliHarness.Result asCampaign = cli.run("show", "--campaign-file", dir.toString());
    CliHarness.Result asContacts = cli.run("plan", "--campaign-file", campaign.toString(),
        "--contacts", dir.toString());
    CliHarness.Result asDnc = cli.run("plan", "--campaign-file", campaign.toString(),
        "--contacts", csv.toString(), "--dnc-file", dir.toString());

    assertThat(asCampaign.exitCode()).isEqualTo(2);
    assertThat(asCampaign.err()).isEqualTo("--campaign-file: " + dir + " is a directory, not a file\n");
    assertThat(asContacts.exitCode()).isEqualTo(2);
    assertThat(asContacts.err()).isEqualTo("--contacts: " + dir + " is a directory, not a file\n");
    assertThat(asDnc.exitCode()).isEqualTo(2);
    assertThat(asDnc.err()).isEqualTo("--dnc-file: " + dir + " is a directory, not a file\n");
  }

  @Test
  void fileBelowARegularFile_exits2WithOneLineSayingWhy() throws IOException {
    Path notADirectory = campaignFile().resolve("child.json");

    CliHarness.Result r = cli.run("show", "--campaign-file", notADirectory.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).startsWith("--campaign-file: ").contains(notADirectory.toString())
        .doesNotContain("Exception").endsWith("\n");
    assertThat(r.err().strip()).doesNotContain("\n");
  }

  @Test
  void plan_skipInvalid_plansGoodRowsAndReportsEachSkippedRowOnStderr() throws IOException {
    Path csv = Files.writeString(dir.resolve("mixed.csv"), "to,enqueued_at\n"
        + "+15550000001,\n"
        + "not-a-number,\n"
        + ",\n"
        + "+15550000002,yesterday\n"
        + "+15550000003,\n");

    CliHarness.Result r = cli.run("plan", "--campaign-file", campaignFile().toString(),
        "--contacts", csv.toString(), "--skip-invalid", "--at", "2024-01-08T15:30:00Z", "--json");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines()).hasSize(2)
        .anySatisfy(l -> assertThat(l).startsWith("{\"to\":\"+15550000001\""))
        .anySatisfy(l -> assertThat(l).startsWith("{\"to\":\"+15550000003\""));
    assertThat(r.err().lines()).hasSize(4);
    assertThat(r.err().lines().toList().get(0)).startsWith(csv + ": line 3: skipped: column 'to': ")
        .contains("not-a-number");
    assertThat(r.err().lines().toList().subList(1, 4)).containsExactly(
        csv + ": line 4: skipped: column 'to' is empty",
        csv + ": line 5: skipped: column 'enqueued_at': 'yesterday' is not an ISO-8601 instant"
            + " (e.g. 2025-03-10T13:00:00Z)",
        csv + ": skipped 3 of 5 rows; planning the other 2");
  }

  @Test
  void plan_withoutSkipInvalid_stopsAtTheFirstBadRow() throws IOException {
    Path csv = Files.writeString(dir.resolve("mixed.csv"), "to\n+15550000001\nnot-a-number\n,\n");

    CliHarness.Result r = cli.run("plan", "--campaign-file", campaignFile().toString(),
        "--contacts", csv.toString(), "--json");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines()).singleElement().asString()
        .startsWith(csv + ": line 3: column 'to': ");
  }

  @Test
  void plan_skipInvalid_headerWithoutToColumn_isStillAnError() throws IOException {
    Path csv = Files.writeString(dir.resolve("nohead.csv"), "phone\n+15550000001\n");

    CliHarness.Result r = cli.run("plan", "--campaign-file", campaignFile().toString(),
        "--contacts", csv.toString(), "--skip-invalid");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo(csv + ": header has no 'to' column (found [phone])");
  }
}
