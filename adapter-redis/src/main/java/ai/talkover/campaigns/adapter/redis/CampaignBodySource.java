package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.application.port.out.CampaignWithBody;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;

/**
 * Where the shared tier gets a campaign when no node has it fresh, and how it reads one back: the
 * HTTP adapter's fetch (the campaign with the body as the API sent it) and the wire module's reader.
 * The shared tier stores the body, not a re-serialised campaign, so unknown fields survive and every
 * node parses exactly what the API sent.
 *
 * <p><b>Thread-safety:</b> implementations must be safe for concurrent use.
 */
public interface CampaignBodySource {

  /**
   * Fetches a campaign from the API.
   *
   * @param id the campaign
   * @return the validated campaign and its body
   * @throws ai.talkover.campaigns.application.port.out.CampaignQueryException on any failure
   */
  CampaignWithBody fetch(CampaignId id);

  /**
   * Reads a body {@link #fetch} returned (on this or another node).
   *
   * @param body the body
   * @return the validated campaign
   * @throws ai.talkover.campaigns.application.port.out.CampaignQueryException when it is not one
   */
  Campaign parse(byte[] body);
}
