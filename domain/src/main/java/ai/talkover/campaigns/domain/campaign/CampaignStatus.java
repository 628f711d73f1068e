package ai.talkover.campaigns.domain.campaign;

import java.util.Objects;

/**
 * A campaign's {@code status} as the API sent it. Known values map to {@link Known}; an unknown value
 * is kept as written and is never an error (it is simply not {@code active}).
 *
 * @param value the status as written; never {@code null}
 */
public record CampaignStatus(String value) implements OpenVocabulary<CampaignStatus.Known> {

  /** The statuses the Talkover docs list. */
  public enum Known {
    DRAFT,
    ACTIVE,
    PAUSED,
    COMPLETED,
    CANCELLED
  }

  /** Checks that {@code value} is present. */
  public CampaignStatus {
    Objects.requireNonNull(value, "value");
  }

  /**
   * A status of a known kind.
   *
   * @param known the kind; not {@code null}
   * @return the status spelled as the API spells it
   */
  public static CampaignStatus of(Known known) {
    return new CampaignStatus(known.name().toLowerCase(java.util.Locale.ROOT));
  }

  @Override
  public Class<Known> kinds() {
    return Known.class;
  }

  /**
   * Whether calls may be dispatched (rule 1).
   *
   * @return true exactly for {@code active} (case-insensitive)
   */
  public boolean isActive() {
    return known().filter(k -> k == Known.ACTIVE).isPresent();
  }

  @Override
  public String toString() {
    return value;
  }
}
