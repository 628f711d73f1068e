package ai.talkover.campaigns.application.port.out;

import java.util.Optional;

/**
 * Make Campaign Call answered 409: the number already has an active or queued call in the campaign.
 * Carries that call when the API sent it ({@code existing_call}). Not retryable: nothing was queued.
 */
public final class DuplicateCallException extends CampaignQueryException {

  private static final long serialVersionUID = 1L;

  private final transient QueuedCall existingCall;

  DuplicateCallException(Context context, QueuedCall existingCall) {
    super("a call to this number already exists in the campaign"
        + (existingCall == null ? "" : " (call '" + existingCall.id() + "')"), context, null);
    this.existingCall = existingCall;
  }

  /**
   * The call already queued or in progress.
   *
   * @return the call, or empty when the 409 body did not carry a readable {@code existing_call}
   */
  public Optional<QueuedCall> existingCall() {
    return Optional.ofNullable(existingCall);
  }

  @Override
  public boolean isRetryable() {
    return false;
  }

  @Override
  public DuplicateCallException withAttempts(int attempts) {
    DuplicateCallException copy =
        new DuplicateCallException(context().withAttempts(attempts), existingCall);
    copy.setStackTrace(getStackTrace());
    return copy;
  }
}
