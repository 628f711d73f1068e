package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.adapter.redis.CampaignBodySource;
import ai.talkover.campaigns.adapter.redis.RedisFleet;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignWithBody;
import ai.talkover.campaigns.application.port.out.RateLimit;
import ai.talkover.campaigns.application.port.out.RequestBudget;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.InMemoryCampaignQuery;
import ai.talkover.campaigns.testkit.RedisServerProcess;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Fleet mode on a real {@code redis-server} process on loopback (started in the setup, stopped in the
 * tear-down; testkit's {@link RedisServerProcess}), one thread:
 *
 * <ul>
 *   <li>{@code l2Hit}: a read through adapter-redis's shared tier that the local cache missed: one
 *       Redis GET of the shared copy, its header and the HTTP adapter's parse of the body, against
 *       {@code rawLettuceGetParse}, a raw Lettuce GET of the same key (the same bytes) and the same
 *       parse. Bar: at most 1.5 x baseline.
 *   <li>{@code budgetAcquire}: one request taken from adapter-redis's shared Bucket4j request budget,
 *       against {@code rawBucket4jTryConsume}, a raw Bucket4j {@code tryConsume(1)} on a bucket of the
 *       same configuration and proxy manager kind (compare-and-swap on Lettuce) in the same Redis.
 *       Bar: at most 1.2 x baseline.
 * </ul>
 *
 * <p>Both limits are high enough (a billion requests a second) that no request waits or is refused.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class FleetBenchmark {

  static final String API = "https://api.talkover.example/v1";
  static final String TOKEN = "benchmark-token";
  static final RateLimit UNREACHED = new RateLimit(1_000_000_000L, Duration.ofSeconds(1));

  /** The Redis server, the fleet and a raw Lettuce connection to the same server. */
  @State(Scope.Benchmark)
  public static class Redis {
    RedisServerProcess server;
    RedisFleet fleet;
    RedisClient rawClient;
    StatefulRedisConnection<byte[], byte[]> raw;

    @Setup(Level.Trial)
    public void start() {
      server = RedisServerProcess.start();
      fleet = RedisFleet.builder("benchmark", server.url(), API, TOKEN).build();
      if (!fleet.awaitConnected(Duration.ofSeconds(10))) {
        throw new IllegalStateException("the fleet did not connect to " + server);
      }
      rawClient = RedisClient.create(server.url());
      raw = rawClient.connect(ByteArrayCodec.INSTANCE);
    }

    @TearDown(Level.Trial)
    public void stop() {
      raw.close();
      rawClient.shutdown();
      fleet.close();
      server.close();
    }
  }

  /** A campaign of 20 calls shared in Redis by a first read, and its key for the raw GET. */
  @State(Scope.Benchmark)
  public static class SharedCopy {
    final CampaignId id = CampaignId.of("c-fleet");
    CampaignQuery tier;
    byte[] key;
    RedisCommands<byte[], byte[]> raw;

    @Setup(Level.Trial)
    public void share(Redis redis) {
      byte[] body = LargeCampaignBodies.getCampaignBytes(id.value(), 20);
      CampaignBodySource source = new CampaignBodySource() {
        @Override
        public CampaignWithBody fetch(CampaignId ignored) {
          return new CampaignWithBody(TalkoverHttpCampaignQuery.readCampaign(body), body);
        }

        @Override
        public Campaign parse(byte[] b) {
          return TalkoverHttpCampaignQuery.readCampaign(b);
        }
      };
      Duration hour = Duration.ofHours(1);
      tier = redis.fleet.sharedTier(new InMemoryCampaignQuery(), source, hour, hour, hour);
      tier.get(id);
      raw = redis.raw.sync();
      KeyScanCursor<byte[]> keys = raw.scan(ScanArgs.Builder.matches("*:campaign:" + id.value()));
      while (keys.getKeys().isEmpty() && !keys.isFinished()) {
        keys = raw.scan(keys, ScanArgs.Builder.matches("*:campaign:" + id.value()));
      }
      if (keys.getKeys().size() != 1) {
        throw new IllegalStateException("the shared copy of " + id + " is not in Redis: "
            + keys.getKeys().stream().map(k -> new String(k, StandardCharsets.UTF_8)).toList());
      }
      key = keys.getKeys().get(0);
    }
  }

  /** The fleet's budget and a raw Bucket4j bucket of the same configuration on the same Redis. */
  @State(Scope.Benchmark)
  public static class Budgets {
    RequestBudget budget;
    Bucket rawBucket;

    @Setup(Level.Trial)
    public void build(Redis redis) {
      budget = redis.fleet.requestBudget(UNREACHED);
      LettuceBasedProxyManager<byte[]> proxies = Bucket4jLettuce.casBasedBuilder(redis.raw)
          .expirationAfterWrite(ExpirationAfterWriteStrategy
              .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
          .build();
      BucketConfiguration configuration = BucketConfiguration.builder()
          .addLimit(l -> l.capacity(UNREACHED.requests())
              .refillGreedy(UNREACHED.requests(), UNREACHED.period()))
          .build();
      rawBucket = proxies.builder().build("benchmark:raw-bucket".getBytes(StandardCharsets.UTF_8),
          () -> configuration);
    }
  }

  @Benchmark
  public Campaign l2Hit(SharedCopy copy) {
    return copy.tier.get(copy.id);
  }

  @Benchmark
  public Campaign rawLettuceGetParse(SharedCopy copy) {
    byte[] value = copy.raw.get(copy.key);
    // the shared entry's header: a version byte and the fetch time (8 bytes)
    return TalkoverHttpCampaignQuery.readCampaign(Arrays.copyOfRange(value, 9, value.length));
  }

  @Benchmark
  public void budgetAcquire(Budgets budgets) {
    budgets.budget.acquire("c-fleet", Duration.ZERO);
  }

  @Benchmark
  public boolean rawBucket4jTryConsume(Budgets budgets) {
    return budgets.rawBucket.tryConsume(1);
  }
}
