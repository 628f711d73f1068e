package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.internal.input.Vocabulary;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's {@code campaign_type} as the API sent it; unknown values are kept as written.
 *
 * @param value the type as written; never {@code null}
 */
public record CampaignType(String value) {

  /** The types the Talkover docs list. */
  public enum Known {
    SALES,
    FOLLOW_UP,
    REMINDER,
    CUSTOM
  }

  /** Checks that {@code value} is present. */
  public CampaignType {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The known kind of this type.
   *
   * @return the kind, or empty for a value the docs do not list
   */
  public Optional<Known> known() {
    return Vocabulary.lookup(Known.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
