package ai.talkover.campaigns.spring.autoconfigure;

import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.compliance.BlackoutZone;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.UnknownZone;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns {@code talkover.compliance.*} into the library's {@link CompliancePolicies}, with the domain's
 * own parsers; a value they reject is reported under its property name.
 */
final class PolicyBinding {

  private static final String P = "talkover.compliance.";

  private PolicyBinding() {}

  /**
   * @param c the properties
   * @param problems told about each invalid value
   * @return the policies; empty when none is configured or a value was invalid
   */
  static Optional<CompliancePolicies> policies(TalkoverProperties.Compliance c, Consumer<String> problems) {
    CompliancePolicies.Builder b = CompliancePolicies.builder();
    Counter counter = new Counter(problems);
    boolean any = false;
    if (c.getRecipientHours() != null) {
      RecipientHours hours = parse(P + "recipient-hours", c.getRecipientHours(), RecipientHours::parse, counter);
      if (hours != null) {
        b.recipientHours(hours);
      }
      any = true;
    }
    BlackoutZone zone = parse(P + "blackout-zone", c.getBlackoutZone(), BlackoutZone::parse, counter);
    List<String> dates = c.getBlackoutDates() == null ? List.of() : c.getBlackoutDates();
    if (!dates.isEmpty()) {
      List<LocalDate> parsed = new ArrayList<>();
      for (int i = 0; i < dates.size(); i++) {
        LocalDate d = parse(P + "blackout-dates[" + i + "]", dates.get(i),
            CompliancePolicies::parseBlackoutDate, counter);
        if (d != null) {
          parsed.add(d);
        }
      }
      if (zone != null && parsed.size() == dates.size()) {
        b.blackoutDates(parsed, zone);
      }
      any = true;
    }
    if (c.getFallbackZone() != null) {
      UnknownZone fallback = parse(P + "fallback-zone", c.getFallbackZone(), UnknownZone::parse, counter);
      boolean read = c.getRecipientHours() != null || (!dates.isEmpty() && zone == BlackoutZone.RECIPIENT);
      if (!read) {
        counter.accept(P + "fallback-zone: needs " + P + "recipient-hours, or " + P
            + "blackout-dates with " + P + "blackout-zone recipient (no policy reads the recipient's zone)");
      } else if (fallback != null) {
        b.unknownZone(fallback);
      }
    }
    Integer max = c.getAttemptCap().getMax();
    if ((max == null) != (c.getAttemptCap().getPer() == null)) {
      counter.accept(max == null
          ? P + "attempt-cap.max: required when " + P + "attempt-cap.per is set"
          : P + "attempt-cap.per: required when " + P + "attempt-cap.max is set (e.g. 24h)");
    } else if (max != null) {
      try {
        b.attemptCap(new AttemptCap(max, c.getAttemptCap().getPer()));
      } catch (IllegalArgumentException e) {
        counter.accept(P + "attempt-cap." + (e.getMessage().startsWith("period") ? "per" : "max") + ": "
            + e.getMessage());
      }
      any = true;
    }
    if (!any || counter.seen > 0) {
      return Optional.empty();
    }
    return Optional.of(b.build());
  }

  private static <T> T parse(String property, String text, Function<String, T> parser, Counter problems) {
    if (text == null) {
      problems.accept(property + ": is empty");
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      problems.accept(property + ": " + e.getMessage());
      return null;
    }
  }

  /** Counts the problems passed on. */
  private static final class Counter implements Consumer<String> {
    private final Consumer<String> delegate;
    private int seen;

    Counter(Consumer<String> delegate) {
      this.delegate = delegate;
    }

    @Override
    public void accept(String problem) {
      seen++;
      delegate.accept(problem);
    }
  }
}
