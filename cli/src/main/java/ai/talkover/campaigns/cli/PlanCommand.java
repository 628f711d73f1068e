package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code plan}: a decision for every contact of a CSV, in plan order. */
@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Decide for every contact of a CSV file, ordered by next eligible instant (none last),"
        + " then by number.")
final class PlanCommand implements Callable<Integer> {

  @ParentCommand
  TalkoverCli root;

  @Mixin
  CampaignOptions campaign;

  @Option(names = "--contacts", paramLabel = "CSV", required = true,
      description = "A CSV with a header row holding a 'to' column and optionally 'enqueued_at';"
          + " other columns are ignored.")
  Path contacts;

  @Option(names = "--skip-invalid",
      description = "Plan the good rows and report each bad row (line, reason) on stderr instead of"
          + " stopping at the first bad row.")
  boolean skipInvalid;

  @Mixin
  DncFile.Option dnc;

  @Option(names = "--json", description = "Print one JSON object per contact (JSON Lines).")
  boolean json;

  @Mixin
  PolicyOptions policies;

  @Override
  public Integer call() {
    Instant now = campaign.now(root.context.clock());
    ContactsCsv.Rows rows = ContactsCsv.read(contacts, skipInvalid);
    Rules rules = new Rules(policies.policies(), dnc.list());
    reportSkipped(root.context.err(), contacts.toString(), rows);
    try (CampaignSession session = root.open(campaign.source, rules)) {
      List<PlannedContact> plan = session.plan(rows.contacts(), now);
      PrintWriter out = root.context.out();
      if (json) {
        for (PlannedContact row : plan) {
          out.println(JsonOutput.decision(row.contact().number(), row.decision()));
        }
      } else {
        print(out, plan, now, session.campaign().window().zone());
      }
    }
    return TalkoverCli.OK;
  }

  /** One line per skipped row, then a count; nothing when no row was skipped. */
  static void reportSkipped(PrintWriter err, String name, ContactsCsv.Rows rows) {
    if (rows.skipped().isEmpty()) {
      return;
    }
    for (ContactsCsv.SkippedRow row : rows.skipped()) {
      err.println(name + ": line " + row.line() + ": skipped: " + row.reason());
    }
    err.println(name + ": skipped " + rows.skipped().size() + " of "
        + (rows.skipped().size() + rows.contacts().size()) + " rows; planning the other "
        + rows.contacts().size());
    err.flush();
  }

  static void print(PrintWriter out, List<PlannedContact> plan, Instant now, ZoneId zone) {
    int width = "TO".length();
    for (PlannedContact row : plan) {
      width = Math.max(width, row.contact().number().e164().length());
    }
    String nextHeader = "NEXT ELIGIBLE (" + zone + ")";
    int nextWidth = Math.max(nextHeader.length(), 26);
    out.println(Formats.pad("TO", width) + "  " + Formats.pad("CALLABLE", 8) + "  "
        + Formats.pad(nextHeader, nextWidth) + "  " + Formats.pad("WHEN", 16) + "  REASONS");
    int callable = 0;
    int later = 0;
    int blocked = 0;
    for (PlannedContact row : plan) {
      Decision d = row.decision();
      String next = d.nextEligibleAt().map(i -> Formats.localShort(i, zone)).orElse("-");
      String when = d.nextEligibleAt().map(i -> Formats.relative(now, i)).orElse("never");
      out.println(Formats.pad(row.contact().number().e164(), width) + "  "
          + Formats.pad(d.callable() ? "yes" : "no", 8) + "  " + Formats.pad(next, nextWidth) + "  "
          + Formats.pad(when, 16) + "  " + Formats.reasons(d));
      if (d.callable()) {
        callable++;
      } else if (d.nextEligibleAt().isPresent()) {
        later++;
      } else {
        blocked++;
      }
    }
    out.println();
    out.println(plan.size() + " contacts: " + callable + " callable now, " + later + " later, "
        + blocked + " with no next eligible time");
  }
}
