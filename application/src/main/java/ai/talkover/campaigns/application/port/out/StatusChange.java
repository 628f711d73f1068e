package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.campaign.UnknownFields;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * Update Campaign Status's 200 answer ({@code data}: {@code id}, {@code status},
 * {@code updated_at}). Immutable.
 *
 * @param campaignId the campaign's id; never {@code null}
 * @param status the status the API reports now (a value the API adds is kept as written, and is
 *     simply not one of {@link CampaignStatus.Known}); never {@code null}
 * @param updatedAt when the API changed it; nullable
 * @param unknownFields members of the answer's {@code data} that this library does not model, as
 *     plain Java values (String, Number, Boolean, List, Map or null); {@code null} is read as none.
 *     An unmodifiable copy in input order, as {@link UnknownFields#copyOf} makes it; never
 *     {@code null}
 */
public record StatusChange(String campaignId, CampaignStatus status, Instant updatedAt,
    Map<String, Object> unknownFields) {

  /** Checks the required components and copies {@code unknownFields}. */
  public StatusChange {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(status, "status");
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * A status change without unknown members.
   *
   * @param campaignId the campaign's id; never {@code null}
   * @param status the status the API reports now; never {@code null}
   * @param updatedAt when the API changed it; nullable
   */
  public StatusChange(String campaignId, CampaignStatus status, Instant updatedAt) {
    this(campaignId, status, updatedAt, Map.of());
  }
}
