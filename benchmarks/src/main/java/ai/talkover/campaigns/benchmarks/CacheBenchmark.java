package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.adapter.cache.CachingCampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.InMemoryCampaignQuery;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A cache hit through the decorator, two threads, against a raw Caffeine {@code getIfPresent} on the
 * same keys. Bar: cachedGet at most 2 x baseline.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
@Threads(2)
public class CacheBenchmark {

  /** A power of two, so the index wraps with a mask. */
  static final int KEYS = 1024;

  /** The warm caches, shared by both threads. */
  @State(Scope.Benchmark)
  public static class Caches {
    CachingCampaignQuery decorator;
    Cache<CampaignId, Campaign> caffeine;
    CampaignId[] ids;

    @Setup
    public void setUp() {
      InMemoryCampaignQuery source = new InMemoryCampaignQuery();
      ids = new CampaignId[KEYS];
      for (int i = 0; i < KEYS; i++) {
        Campaign c = Campaign.builder().id("campaign-" + i).status("active")
            .timezone("America/New_York").daysOfWeek(List.of(1, 2, 3, 4, 5))
            .earliestCallTime("09:00:00").latestCallTime("17:00:00").build();
        ids[i] = c.id();
        source.put(c);
      }
      decorator = CachingCampaignQuery.builder(source).build();
      // The same policy as the decorator's own Caffeine cache: size bound, write expiry, statistics.
      caffeine = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5))
          .recordStats().build();
      for (CampaignId id : ids) {
        decorator.get(id);
        caffeine.put(id, source.get(id));
      }
    }
  }

  /** Each thread walks the keys from its own offset. */
  @State(Scope.Thread)
  public static class Cursor {
    int next = (int) (Thread.currentThread().getId() * 31) & (KEYS - 1);

    CampaignId nextId(Caches caches) {
      CampaignId id = caches.ids[next];
      next = (next + 1) & (KEYS - 1);
      return id;
    }
  }

  @Benchmark
  public Campaign cachedGet(Caches caches, Cursor cursor) {
    return caches.decorator.get(cursor.nextId(caches));
  }

  @Benchmark
  public Campaign caffeineBaseline(Caches caches, Cursor cursor) {
    return caches.caffeine.getIfPresent(cursor.nextId(caches));
  }
}
