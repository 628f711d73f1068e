package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign status change the documented transitions do not allow ({@code INVALID_TRANSITION}):
 * refused locally before anything is sent (no status, 0 attempts), or by the API with 400. Not
 * retryable.
 */
public final class InvalidTransitionException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  private final transient CampaignStatus from;
  private final CampaignStatus.Known to;

  InvalidTransitionException(Context context, CampaignStatus from, CampaignStatus.Known to) {
    super("cannot change the campaign status "
        + (from == null ? "" : "from " + from.value() + " ")
        + "to " + to.name().toLowerCase(java.util.Locale.ROOT), context, null);
    this.from = from;
    this.to = Objects.requireNonNull(to, "to");
  }

  /**
   * The status the campaign had.
   *
   * @return the status, or empty when the API refused without the library knowing it
   */
  public Optional<CampaignStatus> from() {
    return Optional.ofNullable(from);
  }

  /**
   * The status asked for.
   *
   * @return the status
   */
  public CampaignStatus.Known to() {
    return to;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public InvalidTransitionException withAttempts(int attempts) {
    InvalidTransitionException copy =
        new InvalidTransitionException(context().withAttempts(attempts), from, to);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
