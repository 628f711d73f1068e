package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.UnknownFields;
import java.util.Map;
import java.util.Objects;

/**
 * Make Campaign Call's 201 answer: the queued call and a summary of its campaign when it was
 * queued. Immutable.
 *
 * <p>What the API sent that this library does not model is kept at each level, as
 * {@link QueuedCall#unknownFields()} does for the call: the members of the summary in
 * {@link #campaignUnknownFields()}, those of the answer itself (beside {@code campaign_call} and
 * {@code campaign}) in {@link #unknownFields()}.
 *
 * @param call the queued call; never {@code null}
 * @param campaignId the campaign summary's {@code id}; nullable
 * @param campaignName the campaign summary's {@code name}; nullable
 * @param campaignStatus the campaign summary's {@code status} as written (a value the API adds is
 *     kept as written); nullable
 * @param campaignUnknownFields members of the answer's {@code campaign} summary that this library
 *     does not model, as plain Java values; {@code null} is read as none. An unmodifiable copy in
 *     input order, as {@link UnknownFields#copyOf} makes it; never {@code null}
 * @param unknownFields members of the answer's top-level object that this library does not model,
 *     as plain Java values; {@code null} is read as none. An unmodifiable copy in input order;
 *     never {@code null}
 */
public record CallReceipt(QueuedCall call, String campaignId, String campaignName,
    String campaignStatus, Map<String, Object> campaignUnknownFields,
    Map<String, Object> unknownFields) {

  /** Checks that the call is present and copies the unknown members. */
  public CallReceipt {
    Objects.requireNonNull(call, "call");
    campaignUnknownFields = UnknownFields.copyOf(campaignUnknownFields);
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * A receipt without unknown members (the call's own are kept by {@code call}).
   *
   * @param call the queued call; never {@code null}
   * @param campaignId the campaign summary's {@code id}; nullable
   * @param campaignName the campaign summary's {@code name}; nullable
   * @param campaignStatus the campaign summary's {@code status} as written; nullable
   */
  public CallReceipt(QueuedCall call, String campaignId, String campaignName, String campaignStatus) {
    this(call, campaignId, campaignName, campaignStatus, Map.of(), Map.of());
  }
}
