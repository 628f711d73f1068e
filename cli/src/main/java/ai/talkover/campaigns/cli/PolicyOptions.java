package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.compliance.BlackoutZone;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.UnknownZone;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The opt-in compliance policies of {@code eligibility} and {@code plan}. With none of these flags the
 * decision is exactly the Talkover rules.
 */
final class PolicyOptions {

  @Option(names = "--recipient-hours", paramLabel = "PRESET|HH:MM-HH:MM[,...]",
      description = "Allowed hours in the recipient's local time (every zone its number may be in):"
          + " TCPA (08:00-21:00), US_STRICT (08:00-20:00), CA_CRTC (weekdays 09:00-21:30, weekends"
          + " 10:00-18:00), or ranges such as 09:00-12:00,13:00-20:00.")
  String recipientHours;

  @Option(names = "--fallback-zone", paramLabel = "ZONE",
      description = "Zone to use when the recipient's zone is unknown (toll-free, non-geographic)."
          + " Default: refuse such numbers (RECIPIENT_ZONE_UNKNOWN).")
  String fallbackZone;

  @Option(names = "--blackout-date", paramLabel = "DATE",
      description = "A date (YYYY-MM-DD) closed all day; repeatable.")
  List<String> blackoutDates = new ArrayList<>();

  @Option(names = "--blackout-zone", paramLabel = "campaign|recipient",
      description = "Read blackout dates in the campaign zone (default) or the recipient's zones.")
  String blackoutZone;

  @Option(names = "--max-attempts", paramLabel = "N",
      description = "At most N attempts in any rolling period given by --per.")
  Integer maxAttempts;

  @Option(names = "--per", paramLabel = "DURATION",
      description = "The rolling period of --max-attempts, e.g. 24h, 90m, 7d or PT24H.")
  String per;

  /**
   * The policies the flags ask for.
   *
   * @return the policies, or {@code null} when no flag asks for one (exactly the Talkover rules)
   * @throws CliUsageException when a flag is invalid or incomplete
   */
  CompliancePolicies policies() {
    CompliancePolicies.Builder b = CompliancePolicies.builder();
    boolean any = false;
    if (recipientHours != null) {
      b.recipientHours(parse("--recipient-hours", recipientHours, RecipientHours::parse));
      any = true;
    }
    if (fallbackZone != null) {
      b.unknownZone(parse("--fallback-zone", fallbackZone, UnknownZone::parse));
    }
    if (!blackoutDates.isEmpty()) {
      List<LocalDate> dates = new ArrayList<>();
      for (String d : blackoutDates) {
        dates.add(parse("--blackout-date", d, CompliancePolicies::parseBlackoutDate));
      }
      BlackoutZone zone = blackoutZone == null
          ? BlackoutZone.CAMPAIGN
          : parse("--blackout-zone", blackoutZone, BlackoutZone::parse);
      b.blackoutDates(dates, zone);
      any = true;
    } else if (blackoutZone != null) {
      throw new CliUsageException("--blackout-zone: needs at least one --blackout-date");
    }
    if ((maxAttempts == null) != (per == null)) {
      throw new CliUsageException(maxAttempts == null
          ? "--per: needs --max-attempts N"
          : "--max-attempts: needs --per DURATION (e.g. --per 24h)");
    }
    if (maxAttempts != null) {
      Duration period = parse("--per", per, AttemptCap::parsePeriod);
      int n = maxAttempts;
      apply("--max-attempts", () -> b.attemptCap(n, period));
      any = true;
    }
    if (!any) {
      if (fallbackZone != null) {
        throw new CliUsageException("--fallback-zone: needs --recipient-hours or --blackout-zone"
            + " recipient (no policy reads the recipient's zone)");
      }
      return null;
    }
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CliUsageException("--fallback-zone: " + e.getMessage(), e);
    }
  }

  private static <T> T parse(String flag, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new CliUsageException(flag + ": " + e.getMessage(), e);
    }
  }

  private static void apply(String flag, Runnable r) {
    try {
      r.run();
    } catch (IllegalArgumentException e) {
      throw new CliUsageException(flag + ": " + e.getMessage(), e);
    }
  }
}
