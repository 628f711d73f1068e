package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.util.Arrays;
import java.util.Objects;

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
  Fetched fetch(CampaignId id);

  /**
   * Reads a body {@link #fetch} returned (on this or another node).
   *
   * @param body the body
   * @return the validated campaign
   * @throws ai.talkover.campaigns.application.port.out.CampaignQueryException when it is not one
   */
  Campaign parse(byte[] body);

  /**
   * A fetched campaign and its body.
   *
   * @param campaign the validated campaign
   * @param body the body as the API sent it
   */
  record Fetched(Campaign campaign, byte[] body) {

    /** Checks and copies. */
    public Fetched {
      Objects.requireNonNull(campaign, "campaign");
      body = Objects.requireNonNull(body, "body").clone();
    }

    /**
     * The body.
     *
     * @return a copy of the body
     */
    @Override
    public byte[] body() {
      return body.clone();
    }

    /** Shared, not copied: only this package reads it. */
    byte[] bodyUnsafe() {
      return body;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Fetched f && campaign.equals(f.campaign) && Arrays.equals(body, f.body);
    }

    @Override
    public int hashCode() {
      return 31 * campaign.hashCode() + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
      return "Fetched[" + campaign.id() + ", " + body.length + " bytes]";
    }
  }
}
