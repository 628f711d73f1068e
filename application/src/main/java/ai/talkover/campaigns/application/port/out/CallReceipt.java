package ai.talkover.campaigns.application.port.out;

import java.util.Objects;

/**
 * Make Campaign Call's 201 answer: the queued call and a summary of its campaign when it was
 * queued. Immutable.
 *
 * @param call the queued call; never {@code null}
 * @param campaignId the campaign summary's {@code id}; nullable
 * @param campaignName the campaign summary's {@code name}; nullable
 * @param campaignStatus the campaign summary's {@code status} as written; nullable
 */
public record CallReceipt(QueuedCall call, String campaignId, String campaignName, String campaignStatus) {

  /** Checks that the call is present. */
  public CallReceipt {
    Objects.requireNonNull(call, "call");
  }
}
