package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import java.util.List;

/**
 * The API answered with a campaign that breaks the domain's validation rules. Its cause lists every
 * violation, each naming the JSON field. Not retryable; never cached; never treated as callable.
 */
public final class InvalidCampaignResponseException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  InvalidCampaignResponseException(Context context, InvalidCampaignException cause) {
    super(cause.getMessage(), context, cause);
  }

  /**
   * The violations found.
   *
   * @return every violation, naming its JSON field
   */
  public List<InvalidCampaignException.Violation> violations() {
    return ((InvalidCampaignException) getCause()).violations();
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public InvalidCampaignResponseException withAttempts(int attempts) {
    InvalidCampaignResponseException copy = new InvalidCampaignResponseException(
        context().withAttempts(attempts), (InvalidCampaignException) getCause());
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
