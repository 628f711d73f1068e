package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.CampaignWithBody;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.net.URI;
import java.util.function.Function;
import org.apache.hc.client5.http.classic.methods.HttpGet;

/**
 * The read side of the HTTP adapter: Get Campaign (with the identity check: {@code data.id} must
 * be the id asked for, so another campaign's rules are never applied) and List Campaigns (the page
 * answered must be the page asked for), through the reads' {@link ResilientTransport}.
 *
 * <p>Thread-safe.
 */
final class CampaignReader {

  private static final String GET = "GET";

  private final ResilientTransport reads;
  private final JsonCodec codec;
  private final Function<String, URI> uri;
  private final Redactor redactor;

  /**
   * Wires the reader.
   *
   * @param reads the reads' transport
   * @param codec reads the bodies
   * @param uri the absolute URI of a path (checks that the query is open)
   * @param redactor masks the token
   */
  CampaignReader(ResilientTransport reads, JsonCodec codec, Function<String, URI> uri,
      Redactor redactor) {
    this.reads = reads;
    this.codec = codec;
    this.uri = uri;
    this.redactor = redactor;
  }

  Campaign get(CampaignId id) {
    return get(id, (campaign, body) -> campaign);
  }

  CampaignWithBody getWithBody(CampaignId id) {
    return get(id, CampaignWithBody::new);
  }

  CampaignPage list(CampaignFilter filter) {
    URI target = uri.apply(CampaignPath.list(filter));
    return reads.call(new ResilientTransport.Request<>(GET, CampaignPath.LIST_TEMPLATE,
        () -> new HttpGet(target), null, false,
        (body, context) -> codec.readPage(body, filter.page(), context)));
  }

  /** What a read keeps of a checked campaign and the body it came in. */
  @FunctionalInterface
  private interface Kept<T> {
    T keep(Campaign campaign, byte[] body);
  }

  private <T> T get(CampaignId id, Kept<T> kept) {
    String requested = id.value();
    URI target = uri.apply(CampaignPath.get(requested));
    return reads.call(new ResilientTransport.Request<>(GET, CampaignPath.GET_TEMPLATE,
        () -> new HttpGet(target), requested, true,
        (body, context) -> kept.keep(checked(codec.readCampaign(body, true, context), requested,
            context), body)));
  }

  private Campaign checked(Campaign campaign, String requested, Context context) {
    if (!campaign.id().value().equals(requested)) {
      throw CampaignQueryException.invalidResponse(context, "data.id is '"
          + redactor.redact(campaign.id().value()) + "', not the campaign asked for", null);
    }
    return campaign;
  }
}
