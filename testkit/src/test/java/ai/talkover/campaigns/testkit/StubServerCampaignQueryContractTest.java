package ai.talkover.campaigns.testkit;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import java.util.List;
import java.util.OptionalInt;

/**
 * The port contract, run against a minimal JDK-client query talking to a {@link TalkoverStubServer}:
 * proves that an HTTP implementation can pass the contract on this stub (percent-encoded ids, token,
 * pagination, observable page reads), the way adapter-http's own contract test will.
 */
class StubServerCampaignQueryContractTest extends CampaignQueryContract {

  private static final String TOKEN = "talq_contract";
  private TalkoverStubServer server;

  @Override
  protected CampaignQuery createQuery(List<String> campaignDataJson) {
    server = TalkoverStubServer.builder().token(TOKEN).start();
    campaignDataJson.forEach(server::addCampaign);
    return new JdkHttpCampaignQuery(server.baseUrl(), TOKEN);
  }

  @Override
  protected OptionalInt listRequestCount() {
    return OptionalInt.of(server.listRequestCount());
  }

  @Override
  protected void cleanUp() {
    server.close();
  }
}
