package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import java.time.Instant;

/** Get Campaign bodies with many calls, written with the testkit's builder. */
final class LargeCampaigns {

  private LargeCampaigns() {}

  /**
   * A Get Campaign response body ({@code {"success":true,"data":…}}) of the documented shape whose
   * {@code calls[]} holds {@code calls} entries to distinct numbers.
   */
  static String getCampaignBody(String id, int calls) {
    CampaignJsonBuilder b = CampaignJsonBuilder.getShape(id);
    String[] statuses = {"completed", "failed", "no-answer", "busy", "voicemail"};
    Instant start = Instant.parse("2026-01-05T14:00:00Z");
    for (int i = 0; i < calls; i++) {
      b.addCall(new Campaign.CallInput("call-" + i, "+1555" + String.format("%07d", i),
          statuses[i % statuses.length], i % 3, start.plusSeconds(37L * i).toString(), null));
    }
    return b.toResponseBody();
  }
}
