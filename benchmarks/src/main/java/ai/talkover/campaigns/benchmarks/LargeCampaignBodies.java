package ai.talkover.campaigns.benchmarks;

import java.nio.charset.StandardCharsets;

/** {@link LargeCampaigns}' bodies for benchmarks outside this package. */
public final class LargeCampaignBodies {

  private LargeCampaignBodies() {}

  /**
   * A Get Campaign response body with {@code calls} entries to distinct numbers, as UTF-8.
   *
   * @param id the campaign id
   * @param calls the number of {@code calls[]} entries
   * @return the body
   */
  public static byte[] getCampaignBytes(String id, int calls) {
    return LargeCampaigns.getCampaignBody(id, calls).getBytes(StandardCharsets.UTF_8);
  }
}
