package ai.talkover.campaigns.json;

import java.util.Map;

/**
 * Make Campaign Call's 201 answer (API spec §3.8): the queued call and a summary of its campaign.
 * Immutable and thread-safe.
 *
 * @param call the queued call; not {@code null}
 * @param campaign the campaign as it was when the call was queued; not {@code null} (its members are
 *     nullable)
 * @param unknownFields members this library does not model, as plain Java values; never {@code null}
 */
public record CallCreatedBody(QueuedCallBody call, CampaignSummary campaign,
    Map<String, Object> unknownFields) {

  /** Reads {@code null} unknown members as none. */
  public CallCreatedBody {
    unknownFields = unknownFields == null ? Map.of() : unknownFields;
  }

  /**
   * The 201's {@code campaign} member.
   *
   * @param id the campaign id; nullable
   * @param name its name; nullable
   * @param status its status as written; nullable
   * @param unknownFields members this library does not model; never {@code null}
   */
  public record CampaignSummary(String id, String name, String status,
      Map<String, Object> unknownFields) {

    /** Reads {@code null} unknown members as none. */
    public CampaignSummary {
      unknownFields = unknownFields == null ? Map.of() : unknownFields;
    }
  }
}
