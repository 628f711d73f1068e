package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full adapter (retry, circuit breaker, mapping into the domain) against the testkit server on
 * loopback, for a campaign with 1,000 calls; against a bare HttpClient 5 classic GET plus Jackson
 * {@code readTree} of the same URL and body. Bar: adapterGet at most 1.3 x baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class HttpBenchmark {

  private static final String TOKEN = "talq_benchmark_token";
  private static final String ID = "campaign-1000-calls";

  private TalkoverStubServer server;
  private TalkoverHttpCampaignQuery adapter;
  private CloseableHttpClient bareClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private String url;

  @Setup
  public void setUp() {
    server = TalkoverStubServer.builder().token(TOKEN).start();
    server.addCampaign(dataOf(LargeCampaigns.getCampaignBody(ID, 1_000)));
    adapter = TalkoverHttpCampaignQuery.builder().token(TOKEN).baseUrl(server.rootUrl()).build();
    bareClient = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().build())
        .disableAutomaticRetries()
        .build();
    url = server.rootUrl() + "/api/v1/campaigns/" + ID;
  }

  /** The {@code data} object of a response body. */
  private String dataOf(String body) {
    try {
      return mapper.writeValueAsString(mapper.readTree(body).get("data"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @TearDown
  public void tearDown() throws IOException {
    adapter.close();
    bareClient.close();
    server.close();
  }

  @Benchmark
  public Campaign adapterGet() {
    return adapter.get(CampaignId.of(ID));
  }

  @Benchmark
  public JsonNode bareClientGet() throws IOException {
    HttpGet get = new HttpGet(url);
    get.addHeader("Authorization", "Bearer " + TOKEN);
    get.addHeader("Accept", "application/json");
    return bareClient.execute(get, response -> mapper.readTree(response.getEntity().getContent()));
  }
}
