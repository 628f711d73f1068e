package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.testkit.CampaignQueryContract;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.util.List;
import java.util.OptionalInt;

/** The port contract, run against the HTTP adapter talking to the testkit's stub server on loopback. */
class HttpCampaignQueryContractTest extends CampaignQueryContract {

  private static final String TOKEN = "talq_contract_token";

  private TalkoverStubServer server;
  private TalkoverHttpCampaignQuery adapter;

  @Override
  protected CampaignQuery createQuery(List<String> campaignDataJson) {
    TalkoverStubServer.Builder builder = TalkoverStubServer.builder().token(TOKEN);
    campaignDataJson.forEach(builder::campaign);
    server = builder.start();
    adapter = TalkoverHttpCampaignQuery.builder().token(TOKEN).baseUrl(server.rootUrl()).build();
    return adapter;
  }

  @Override
  protected OptionalInt listRequestCount() {
    return OptionalInt.of(server.listRequestCount());
  }

  @Override
  protected void cleanUp() {
    adapter.close();
    server.close();
  }
}
