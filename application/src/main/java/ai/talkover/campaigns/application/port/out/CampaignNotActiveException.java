package ai.talkover.campaigns.application.port.out;

/**
 * Make Campaign Call answered 400 "Campaign is not active" ({@code CAMPAIGN_NOT_ACTIVE}): only an
 * {@code active} campaign accepts calls. Nothing was queued. Not retryable.
 */
public final class CampaignNotActiveException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  CampaignNotActiveException(Context context) {
    super("campaign is not active", context, null);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public CampaignNotActiveException withAttempts(int attempts) {
    CampaignNotActiveException copy = new CampaignNotActiveException(context().withAttempts(attempts));
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
