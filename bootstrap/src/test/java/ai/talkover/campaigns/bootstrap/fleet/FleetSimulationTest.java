package ai.talkover.campaigns.bootstrap.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.RedisServerProcess;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fifty nodes ({@link TalkoverCampaigns} instances, each with its own local cache and HTTP client) on
 * one real Redis, against the stub API enforcing 100 requests a minute with 429s: 20 hot campaigns
 * refreshed every 2 s, 200 concurrent readers. Real time, no scaling.
 */
class FleetSimulationTest {

  private static final int NODES = 50;
  private static final int CAMPAIGNS = 20;
  private static final int READERS = 200;
  private static final Duration REFRESH = Duration.ofSeconds(2);
  private static final String TOKEN = "talq_fleet-simulation-token";

  private static RedisServerProcess redis;
  private static TalkoverStubServer api;
  private static ExecutorService refreshes;
  private static final List<TalkoverCampaigns> nodes = new ArrayList<>();
  private static final List<CampaignId> hot = new ArrayList<>();

  @BeforeAll
  static void startFleet() {
    redis = RedisServerProcess.start();
    api = TalkoverStubServer.builder().token(TOKEN).rateLimit(100, Duration.ofMinutes(1)).start();
    for (int i = 0; i < CAMPAIGNS; i++) {
      hot.add(CampaignId.of(api.addCampaign(CampaignJsonBuilder.getShape("hot-" + i))));
    }
    refreshes = Executors.newFixedThreadPool(16);
    for (int i = 0; i < NODES; i++) {
      nodes.add(TalkoverCampaigns.builder()
          .token(TOKEN)
          .baseUrl(api.baseUrl())
          .fleet(redis.url())
          .rateLimit("100/min")
          .deadline(Duration.ofSeconds(30))
          .retry(r -> r.maxAttempts(1))
          .cacheRefreshAfterWrite(REFRESH)
          .cacheExpireAfterWrite(Duration.ofSeconds(6))
          .cacheMaxStaleness(Duration.ofMinutes(10))
          .cacheExecutor(refreshes)
          .build());
    }
  }

  @AfterAll
  static void stopFleet() {
    nodes.forEach(TalkoverCampaigns::close);
    refreshes.shutdownNow();
    api.close();
    redis.close();
  }

  /** What the readers saw. */
  private record Run(long answered, List<Throwable> failures, Duration took) {}

  private static Run read(Duration duration) throws Exception {
    LongAdder answered = new LongAdder();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    long began = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        done.add(readers.submit(() -> {
          start.await();
          long until = System.nanoTime() + duration.toNanos();
          ThreadLocalRandom random = ThreadLocalRandom.current();
          while (System.nanoTime() < until) {
            TalkoverCampaigns node = nodes.get(random.nextInt(NODES));
            CampaignId id = hot.get(random.nextInt(CAMPAIGNS));
            try {
              assertThat(node.campaigns().get(id).id()).isEqualTo(id);
              answered.increment();
            } catch (Throwable t) {
              failures.add(t);
            }
            Thread.yield();
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get(duration.toSeconds() + 30, TimeUnit.SECONDS);
      }
    } finally {
      readers.shutdownNow();
    }
    return new Run(answered.sum(), List.copyOf(failures), Duration.ofNanos(System.nanoTime() - began));
  }

  private static Map<CampaignId, Integer> upstreamGets() {
    Map<CampaignId, Integer> out = new HashMap<>();
    for (CampaignId id : hot) {
      out.put(id, api.requestCount(id.value()));
    }
    return out;
  }

  private static long intervals(Duration took) {
    return (took.toMillis() + REFRESH.toMillis() - 1) / REFRESH.toMillis();
  }

  @Test
  void fiftyNodes_shareOneViewAndOneBudget_surviveARedisOutage_andShareAgainAfterIt() throws Exception {
    // 1. Normal operation: 10 s of reads.
    Run normal = read(Duration.ofSeconds(10));
    Map<CampaignId, Integer> gets = upstreamGets();
    assertThat(normal.failures()).as("every read answered").isEmpty();
    assertThat(normal.answered()).isPositive();
    assertThat(api.rateLimitedCount()).as("429s while the fleet shares Redis").isZero();
    long bound = intervals(normal.took()) + 1;
    assertThat(gets.values()).as("upstream GETs per campaign in %s (bound %d)", normal.took(), bound)
        .allSatisfy(n -> assertThat(n).isBetween(1, (int) bound));
    long l2Hits = nodes.stream().mapToLong(n -> n.fleetStatistics().orElseThrow().l2Hits()).sum();
    assertThat(l2Hits).as("local loads served from Redis").isPositive();
    System.out.printf("fleet normal: %d reads in %s, upstream GETs %s, l2 hits %d, 429s %d, budget"
        + " refusals %d%n", normal.answered(), normal.took(), gets.values(), l2Hits,
        api.rateLimitedCount(), nodes.stream()
            .mapToLong(n -> n.fleetStatistics().orElseThrow().budgetRefusals()).sum());

    // 2. Redis dies: reads go on from local caches, nothing escapes.
    redis.stop();
    Run outage = read(Duration.ofSeconds(4));
    assertThat(outage.failures()).as("no exception escapes during the outage").isEmpty();
    assertThat(outage.answered()).isPositive();
    assertThat(nodes.stream().mapToLong(n -> n.fleetStatistics().orElseThrow().redisErrors()).sum())
        .isPositive();

    System.out.printf("fleet outage: %d reads in %s, 429s so far %d%n", outage.answered(),
        outage.took(), api.rateLimitedCount());

    // 3. The API's minute runs out and Redis returns (empty): the fleet shares again.
    api.rollOverRateLimitWindow();
    redis.resume();
    for (TalkoverCampaigns n : nodes) {
      assertThat(n.awaitFleetConnected(Duration.ofSeconds(15))).isTrue();
    }
    Map<CampaignId, Integer> beforeAfter = upstreamGets();
    long hitsBefore = nodes.stream().mapToLong(n -> n.fleetStatistics().orElseThrow().l2Hits()).sum();
    Run after = read(Duration.ofSeconds(4));
    assertThat(nodes.stream().mapToLong(n -> n.fleetStatistics().orElseThrow().l2Hits()).sum())
        .as("reads served from Redis again").isGreaterThan(hitsBefore);
    after.failures().stream().limit(1).forEach(Throwable::printStackTrace);
    assertThat(after.failures()).isEmpty();
    long boundAfter = intervals(after.took()) + 1;
    Map<CampaignId, Integer> end = upstreamGets();
    System.out.printf("fleet after: %d reads in %s, upstream GETs before %s after %s%n",
        after.answered(), after.took(), beforeAfter.values(), end.values());
    for (CampaignId id : hot) {
      assertThat(end.get(id) - beforeAfter.get(id)).as("GETs of %s after Redis returned", id)
          .isLessThanOrEqualTo((int) boundAfter);
    }
  }
}
