package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 50,000-call Get Campaign body (about 5 MB) through the DTOs and MapStruct into the domain (with
 * validation and the per-number call index), against Jackson's {@code readTree} of the same bytes.
 * Bar: parseLargeCampaign at most 1.5 x baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class MappingBenchmark {

  private final ObjectMapper mapper = new ObjectMapper();
  private byte[] body;

  @Setup
  public void setUp() {
    body = LargeCampaigns.getCampaignBody("large-campaign", 50_000).getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public Campaign parseLargeCampaign() {
    return TalkoverHttpCampaignQuery.readCampaign(body);
  }

  @Benchmark
  public JsonNode jacksonTreeBaseline() throws IOException {
    return mapper.readTree(body);
  }
}
