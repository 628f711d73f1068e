package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A dialer node's load: 200 threads, each reading its own campaign (200 distinct ids) through one
 * shared adapter with a pool of 20 connections, against the testkit server on loopback; against a
 * bare HttpClient 5 classic GET plus Jackson {@code readTree} with the same pool size. Throughput
 * (calls per second, all threads). Bar: adapterGet at least 0.9 x bareClientGet.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@Threads(LoadBenchmark.THREADS)
public class LoadBenchmark {

  static final int THREADS = 200;
  static final int POOL = 20;
  private static final String TOKEN = "talq_benchmark_token";

  private TalkoverStubServer server;
  private TalkoverHttpCampaignQuery adapter;
  private CloseableHttpClient bareClient;
  private final ObjectMapper mapper = new ObjectMapper();
  private final AtomicInteger nextCaller = new AtomicInteger();

  /** One thread's campaign. */
  @State(Scope.Thread)
  public static class Caller {
    CampaignId id;
    String url;

    @Setup
    public void setUp(LoadBenchmark load) {
      int n = load.nextCaller.getAndIncrement() % THREADS;
      id = CampaignId.of(id(n));
      url = load.server.rootUrl() + "/api/v1/campaigns/" + id(n);
    }
  }

  static String id(int n) {
    return "load-" + n;
  }

  @Setup
  public void setUp() {
    TalkoverStubServer.Builder b = TalkoverStubServer.builder().token(TOKEN);
    for (int i = 0; i < THREADS; i++) {
      b.campaign(CampaignJsonBuilder.getShape(id(i)).toJson());
    }
    server = b.start();
    adapter = TalkoverHttpCampaignQuery.builder().token(TOKEN).baseUrl(server.rootUrl())
        .maxConnections(POOL).build();
    bareClient = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(POOL).setMaxConnPerRoute(POOL).build())
        .disableAutomaticRetries()
        .build();
  }

  @TearDown
  public void tearDown() throws IOException {
    adapter.close();
    bareClient.close();
    server.close();
  }

  @Benchmark
  public Campaign adapterGet(Caller caller) {
    return adapter.get(caller.id);
  }

  @Benchmark
  public JsonNode bareClientGet(Caller caller) throws IOException {
    HttpGet get = new HttpGet(caller.url);
    get.addHeader("Authorization", "Bearer " + TOKEN);
    get.addHeader("Accept", "application/json");
    return bareClient.execute(get, response -> mapper.readTree(response.getEntity().getContent()));
  }
}
