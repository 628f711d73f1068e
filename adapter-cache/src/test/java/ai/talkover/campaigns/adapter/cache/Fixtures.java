package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import java.time.Duration;
import java.util.List;

/** Campaigns and failures for the cache tests. */
final class Fixtures {

  private Fixtures() {}

  static final CampaignId ID = CampaignId.of("campaign-uuid-1");

  /** A minimal valid campaign; {@code name} tells versions apart. */
  static Campaign campaign(CampaignId id, String name) {
    return Campaign.builder()
        .id(id.value())
        .name(name)
        .status("active")
        .timezone("America/New_York")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .earliestCallTime("09:00:00")
        .latestCallTime("17:00:00")
        .build();
  }

  static Campaign campaign(String name) {
    return campaign(ID, name);
  }

  static NetworkException network(CampaignId id) {
    return CampaignQueryException.network(
        Context.noResponse(id.value(), 3), NetworkException.Kind.TIMEOUT, null);
  }

  static CampaignQueryException serverError(CampaignId id) {
    return CampaignQueryException.serverError(new Context(503, id.value(), 3, "down", null));
  }

  static CampaignQueryException rateLimited(CampaignId id) {
    return CampaignQueryException.rateLimited(
        new Context(429, id.value(), 3, "slow down", null), Duration.ofSeconds(10));
  }

  static CampaignQueryException circuitOpen(CampaignId id) {
    return CampaignQueryException.unavailable(Context.noResponse(id.value(), 0));
  }

  static CampaignNotFoundException notFound(CampaignId id) {
    return CampaignQueryException.notFound(
        new Context(404, id.value(), 1, "Campaign not found", null));
  }

  static CampaignQueryException unauthorized(CampaignId id) {
    return CampaignQueryException.unauthorized(
        new Context(401, id.value(), 1, "Invalid API key", null));
  }

  static CampaignQueryException invalidResponse(CampaignId id) {
    return CampaignQueryException.invalidResponse(
        new Context(200, id.value(), 1, null, "<html>"), "not JSON", null);
  }

  static CampaignQueryException invalidCampaign(CampaignId id) {
    return CampaignQueryException.invalidCampaign(new Context(200, id.value(), 1, null, null),
        new InvalidCampaignException(id.value(),
            List.of(new InvalidCampaignException.Violation("timezone", "missing"))));
  }
}
