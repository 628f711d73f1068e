package ai.talkover.campaigns.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** The options every campaign command shares: where the campaign comes from, and when "now" is. */
final class CampaignOptions {

  /** Exactly one source. */
  static final class Source {
    @Option(names = "--campaign-file", paramLabel = "FILE", required = true,
        description = "A saved Get Campaign body (with or without the {\"success\":true,\"data\":…} envelope).")
    Path file;

    @Option(names = "--campaign-id", paramLabel = "ID", required = true,
        description = "Fetch the campaign from the API (uses TALKOVER_API_TOKEN and TALKOVER_BASE_URL).")
    String id;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "The instant to evaluate at, ISO-8601 (e.g. 2025-03-10T13:00:00Z). Default: now.")
  String at;

  Instant now(java.time.Clock clock) {
    return at == null ? clock.instant() : parseInstant("--at", at);
  }

  static Instant parseInstant(String flag, String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e2) {
        throw new CliUsageException(flag + ": '" + text
            + "' is not an ISO-8601 instant (e.g. 2025-03-10T13:00:00Z)");
      }
    }
  }
}
