package ai.talkover.campaigns.application.port.out;

/** The API has no such campaign (HTTP 404). Not retryable. */
public final class CampaignNotFoundException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  CampaignNotFoundException(Context context) {
    super("campaign not found", context, null);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public CampaignNotFoundException withAttempts(int attempts) {
    CampaignNotFoundException copy = new CampaignNotFoundException(context().withAttempts(attempts));
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
