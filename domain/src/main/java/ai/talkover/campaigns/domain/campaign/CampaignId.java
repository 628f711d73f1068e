package ai.talkover.campaigns.domain.campaign;

import java.util.Objects;

/**
 * A campaign's id, as the API wrote it.
 *
 * @param value the id; not blank
 */
public record CampaignId(String value) {

  /** Checks that the id is not blank. */
  public CampaignId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("id: campaign id is blank");
    }
  }

  /**
   * The id of a string.
   *
   * @param value the id; not blank
   * @return the id
   */
  public static CampaignId of(String value) {
    return new CampaignId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
