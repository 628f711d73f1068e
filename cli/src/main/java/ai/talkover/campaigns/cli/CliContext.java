package ai.talkover.campaigns.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;

/**
 * What a run of the tool uses from the outside: its output streams, its clock and its campaign
 * loader. Tests pass their own.
 *
 * @param out standard output
 * @param err standard error
 * @param clock the source of now when {@code --at} is absent
 * @param loader where campaigns come from
 */
record CliContext(PrintWriter out, PrintWriter err, Clock clock, CampaignLoader loader) {

  CliContext {
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(loader, "loader");
  }
}
