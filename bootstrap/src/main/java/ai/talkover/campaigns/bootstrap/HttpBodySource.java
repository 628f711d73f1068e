package ai.talkover.campaigns.bootstrap;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.adapter.redis.CampaignBodySource;
import ai.talkover.campaigns.application.port.out.CampaignWithBody;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;

/**
 * The shared tier's source in the wiring: the HTTP adapter's fetch with the body as sent, and the
 * HTTP adapter's reader of saved bodies (the same DTOs, limits and validation). Thread-safe.
 */
final class HttpBodySource implements CampaignBodySource {

  private final TalkoverHttpCampaignQuery http;

  HttpBodySource(TalkoverHttpCampaignQuery http) {
    this.http = http;
  }

  @Override
  public CampaignWithBody fetch(CampaignId id) {
    return http.getWithBody(id);
  }

  @Override
  public Campaign parse(byte[] body) {
    return TalkoverHttpCampaignQuery.readCampaign(body);
  }
}
