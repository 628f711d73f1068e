package ai.talkover.campaigns.domain.campaign;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a campaign cannot be built because its fields break the rules of "Invalid campaigns".
 * It holds every violation found, each naming the JSON field as the API spells it
 * ({@code days_of_week[1]}, {@code call_time_ranges[0].end}, {@code timezone}, ...).
 *
 * <p>An invalid campaign is never treated as callable: callers get this exception instead of a
 * campaign.
 */
public final class InvalidCampaignException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /**
   * One broken rule.
   *
   * @param field the JSON field as the API spells it, for example {@code days_of_week[1]}
   * @param message what is wrong, for example {@code 8 is outside 1..7}
   */
  public record Violation(String field, String message) {

    /** Checks the components. */
    public Violation {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return field + ": " + message;
    }
  }

  /** The violations; a serializable list copy. */
  private final List<Violation> violations;
  private final String campaignId;

  /**
   * Creates the exception.
   *
   * @param campaignId the id of the campaign, when known; nullable
   * @param violations the violations; not empty
   */
  public InvalidCampaignException(String campaignId, List<Violation> violations) {
    super(message(violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invalid campaign has at least one violation");
    }
    this.campaignId = campaignId;
    this.violations = List.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    return "invalid campaign: "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Every violation, in field order of the input.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * The id of the rejected campaign.
   *
   * @return the id, or {@code null} when the input had none
   */
  public String campaignId() {
    return campaignId;
  }
}
