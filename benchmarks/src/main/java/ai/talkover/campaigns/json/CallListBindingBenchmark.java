package ai.talkover.campaigns.json;

import ai.talkover.campaigns.benchmarks.LargeCampaignBodies;
import ai.talkover.campaigns.domain.campaign.Campaign;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
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
 * Whether {@link CallListDeserializer} (which binds {@code calls[]} entries from the tokens and turns
 * jackson-core's {@code DupDetector} off inside each) earns its keep: the 50,000-call Get Campaign
 * envelope bound with strict duplicate detection by plain Jackson (the reader's settings without
 * the deserializer) against the same binding with it, with and without the MapStruct mapping into
 * the domain. Bar for keeping it: at least 10 % faster on the 50,000-call body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class CallListBindingBenchmark {

  private static final CampaignMapper MAPPER = new CampaignMapperImpl();

  private ObjectReader plain;
  private ObjectReader withDeserializer;
  private byte[] body;

  @Setup
  public void setUp() {
    body = LargeCampaignBodies.getCampaignBytes("large-campaign", 50_000);
    plain = configure(JsonMapper.builder()).build().readerFor(EnvelopeDto.CAMPAIGN)
        .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    SimpleModule module = new SimpleModule("call-list");
    module.setDeserializers(new CallListDeserializer.Finder());
    withDeserializer = configure(JsonMapper.builder()).addModule(module).build()
        .readerFor(EnvelopeDto.CAMPAIGN).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  private static JsonMapper.Builder configure(JsonMapper.Builder builder) {
    return builder
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
  }

  @Benchmark
  public Object bindPlainJackson() throws IOException {
    return plain.readValue(body);
  }

  @Benchmark
  public Object bindCallListDeserializer() throws IOException {
    return withDeserializer.readValue(body);
  }

  @Benchmark
  public Campaign mapPlainJackson() throws IOException {
    return MAPPER.toCampaign(plain.<EnvelopeDto<CampaignDto>>readValue(body).data);
  }

  @Benchmark
  public Campaign mapCallListDeserializer() throws IOException {
    return MAPPER.toCampaign(withDeserializer.<EnvelopeDto<CampaignDto>>readValue(body).data);
  }
}
