package ai.talkover.campaigns.domain.campaign;

import java.util.Objects;

/**
 * A campaign's {@code campaign_type} as the API sent it; unknown values are kept as written.
 *
 * @param value the type as written; never {@code null}
 */
public record CampaignType(String value) implements OpenVocabulary<CampaignType.Known> {

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

  @Override
  public Class<Known> kinds() {
    return Known.class;
  }

  @Override
  public String toString() {
    return value;
  }
}
