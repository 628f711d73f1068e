package ai.talkover.campaigns.bootstrap.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.adapter.redis.FleetStatistics;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.RedisServerProcess;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fleet simulation, in real time: fifty nodes ({@link TalkoverCampaigns} instances, each
 * with its own local cache and HTTP client) on one real Redis, against the stub API enforcing 100
 * requests a minute with 429s; 20 hot campaigns refreshed every 2 s; 200 concurrent readers for 10 s;
 * then Redis is killed while the readers go on, and started again (empty).
 *
 * <p>20 campaigns refreshed every 2 s would be 600 requests a minute, six times the plan, and another
 * client of the same credential has used half of the API's minute before the fleet starts: the shared
 * budget, aligned with the API's window by its {@code X-RateLimit-Remaining}/{@code Reset} headers,
 * lets the fleet spend what is left of the minute and no more, the fleet's copies answer the reads
 * meanwhile, and the API never answers 429. Every figure asserted is a count
 * (the stub's requests and 429s, the nodes' counters, the readers' failures); the phase lengths are
 * the scenario, not a synchronisation.
 */
class FleetSimulationIT {

  private static final int NODES = 50;
  private static final int CAMPAIGNS = 20;
  private static final int READERS = 200;
  private static final int API_LIMIT_PER_MINUTE = 100;
  /** Requests another client of the same credential made in the API's minute before the fleet. */
  private static final int USED_BEFORE = 50;
  private static final Duration REFRESH = Duration.ofSeconds(2);
  private static final Duration RUN = Duration.ofSeconds(10);
  private static final Duration OUTAGE = Duration.ofSeconds(3);
  private static final Duration AFTER = Duration.ofSeconds(4);
  private static final String TOKEN = "talq_fleet-simulation-token";

  private static RedisServerProcess redis;
  private static TalkoverStubServer api;
  private static ExecutorService reloads;
  private static final List<TalkoverCampaigns> nodes = new ArrayList<>();
  private static final List<CampaignId> hot = new ArrayList<>();

  @BeforeAll
  static void startFleet() {
    redis = RedisServerProcess.start();
    api = TalkoverStubServer.builder().token(TOKEN)
        .rateLimit(API_LIMIT_PER_MINUTE, Duration.ofMinutes(1)).start();
    for (int i = 0; i < CAMPAIGNS; i++) {
      hot.add(CampaignId.of(api.addCampaign(CampaignJsonBuilder.getShape("hot-" + i))));
    }
    String other = api.addCampaign(CampaignJsonBuilder.getShape("another-client"));
    try (TalkoverCampaigns client = TalkoverCampaigns.builder().token(TOKEN).baseUrl(api.baseUrl())
        .build()) {
      for (int i = 0; i < USED_BEFORE; i++) {
        client.campaigns().getFresh(CampaignId.of(other));
      }
    }
    // (a retried request, on a loaded machine, counts too: the API counts what it received)
    assertThat(api.totalRequestCount()).isGreaterThanOrEqualTo(USED_BEFORE);
    // The local caches' background reloads (one pool for the fifty nodes keeps the thread count
    // sane; each node still has its own cache, HTTP client and Redis connections).
    reloads = Executors.newFixedThreadPool(16);
    for (int i = 0; i < NODES; i++) {
      nodes.add(TalkoverCampaigns.builder()
          .token(TOKEN)
          .baseUrl(api.baseUrl())
          .fleet(redis.url())
          .rateLimit(API_LIMIT_PER_MINUTE + "/min")
          .deadline(Duration.ofSeconds(2))
          .retry(r -> r.maxAttempts(1))
          .cacheRefreshAfterWrite(REFRESH)
          .cacheExpireAfterWrite(Duration.ofSeconds(6))
          .cacheMaxStaleness(Duration.ofMinutes(10))
          .cacheExecutor(reloads)
          .build());
    }
    for (TalkoverCampaigns node : nodes) {
      assertThat(node.awaitFleetConnected(Duration.ofSeconds(10))).as("connected to Redis").isTrue();
    }
  }

  @AfterAll
  static void stopFleet() {
    nodes.forEach(TalkoverCampaigns::close);
    if (reloads != null) {
      reloads.shutdownNow();
    }
    if (api != null) {
      api.close();
    }
    if (redis != null) {
      redis.close();
    }
  }

  @Test
  void fiftyNodes_shareOneViewAndOneBudget_surviveARedisOutage_andShareAgainAfterIt() throws Exception {
    // 1. Ten seconds of reads on fifty nodes.
    Run normal = read(RUN, null);
    Map<CampaignId, Integer> gets = upstreamGets();
    long intervals = intervals(normal.took());
    System.out.printf("fleet normal: %d reads in %d ms, upstream GETs %s (total %d), l2 hits %d,"
        + " budget waits %d, refusals %d, 429s %d%n", normal.answered(), normal.took().toMillis(),
        gets.values(), api.totalRequestCount(), sum(FleetStatistics::l2Hits),
        sum(FleetStatistics::budgetWaits), sum(FleetStatistics::budgetRefusals),
        api.rateLimitedCount());
    assertThat(normal.failures()).as("every read answered").isEmpty();
    assertThat(normal.answered()).isGreaterThan(READERS);
    assertThat(api.rateLimitedCount()).as("429s while the fleet shares one budget").isZero();
    assertThat(gets.values()).as("upstream GETs per campaign in %s (%d refresh intervals)",
        normal.took(), intervals).allSatisfy(n -> assertThat(n).isBetween(1, (int) intervals + 1));
    assertThat(sum(FleetStatistics::budgetRefusals))
        .as("refreshes the budget refused (600/min wanted, 50 left in the minute)").isPositive();
    assertThat(api.totalRequestCount()).as("requests within the API's minute")
        .isLessThanOrEqualTo(API_LIMIT_PER_MINUTE);
    assertThat(sum(FleetStatistics::l2Hits)).as("local loads the shared copy answered").isPositive();

    // 2. Redis is killed while the readers go on: the local caches answer, nothing escapes.
    long errorsBefore = sum(FleetStatistics::redisErrors);
    Run outage = read(OUTAGE, redis::stop);
    System.out.printf("fleet outage: %d reads in %d ms, redis errors %d, 429s so far %d%n",
        outage.answered(), outage.took().toMillis(), sum(FleetStatistics::redisErrors) - errorsBefore,
        api.rateLimitedCount());
    assertThat(outage.failures()).as("no exception escapes during the outage").isEmpty();
    assertThat(outage.answered()).isGreaterThan(READERS);
    assertThat(sum(FleetStatistics::redisErrors)).as("the outage was seen").isGreaterThan(errorsBefore);

    // 3. Redis returns (empty) in a new API minute: the fleet shares again.
    api.rollOverRateLimitWindow();
    redis.resume();
    for (TalkoverCampaigns node : nodes) {
      assertThat(node.awaitFleetConnected(Duration.ofSeconds(15))).as("reconnected").isTrue();
    }
    long rateLimitedBefore = api.rateLimitedCount();
    Map<CampaignId, Integer> before = upstreamGets();
    long hitsBefore = sum(FleetStatistics::l2Hits);
    Run after = read(AFTER, null);
    Map<CampaignId, Integer> end = upstreamGets();
    long afterIntervals = intervals(after.took());
    System.out.printf("fleet after: %d reads in %d ms, upstream GETs %s -> %s, l2 hits +%d%n",
        after.answered(), after.took().toMillis(), before.values(), end.values(),
        sum(FleetStatistics::l2Hits) - hitsBefore);
    assertThat(after.failures()).as("every read answered after Redis returned").isEmpty();
    assertThat(api.rateLimitedCount()).as("429s once the fleet shares again")
        .isEqualTo(rateLimitedBefore);
    assertThat(sum(FleetStatistics::l2Hits)).as("local loads the shared copy answered again")
        .isGreaterThan(hitsBefore);
    // One more than in normal running: a request a node sent straight to the API during the outage
    // (Redis unavailable) may still be on its way when the snapshot is taken, and then counts here.
    for (CampaignId id : hot) {
      assertThat(end.get(id) - before.get(id)).as("GETs of %s after Redis returned", id)
          .isLessThanOrEqualTo((int) afterIntervals + 2);
    }
  }

  /** What the readers saw. */
  private record Run(long answered, List<Throwable> failures, Duration took) {}

  /**
   * Runs the readers for {@code duration}; {@code midway}, when given, runs once the first read of
   * every reader has been answered (so the fleet is busy when it happens).
   */
  private static Run read(Duration duration, Runnable midway) throws Exception {
    LongAdder answered = new LongAdder();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch firstReads = new CountDownLatch(READERS);
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    long began;
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        done.add(readers.submit(() -> {
          start.await();
          long until = System.nanoTime() + duration.toNanos();
          ThreadLocalRandom random = ThreadLocalRandom.current();
          boolean first = true;
          do {
            TalkoverCampaigns node = nodes.get(random.nextInt(NODES));
            CampaignId id = hot.get(random.nextInt(CAMPAIGNS));
            try {
              if (!node.campaigns().get(id).id().equals(id)) {
                failures.add(new AssertionError("read " + id + ", got another campaign"));
              }
              answered.increment();
            } catch (RuntimeException e) {
              failures.add(e);
            }
            if (first) {
              firstReads.countDown();
              first = false;
            }
            Thread.yield();
          } while (System.nanoTime() < until);
          return null;
        }));
      }
      began = System.nanoTime();
      start.countDown();
      if (midway != null) {
        assertThat(firstReads.await(30, TimeUnit.SECONDS)).as("every reader's first read").isTrue();
        midway.run();
      }
      for (Future<?> f : done) {
        // A read is bounded by the deadline (2 s) and the fleet's waits within it.
        f.get(duration.toSeconds() + 20, TimeUnit.SECONDS);
      }
    } finally {
      readers.shutdownNow();
    }
    List<Throwable> seen = List.copyOf(failures);
    seen.stream().limit(3).forEach(Throwable::printStackTrace);
    return new Run(answered.sum(), seen, Duration.ofNanos(System.nanoTime() - began));
  }

  private static Map<CampaignId, Integer> upstreamGets() {
    Map<CampaignId, Integer> out = new LinkedHashMap<>();
    for (CampaignId id : hot) {
      out.put(id, api.requestCount(id.value()));
    }
    return out;
  }

  private static long sum(ToLongFunction<FleetStatistics> counter) {
    return nodes.stream().mapToLong(n -> counter.applyAsLong(n.fleetStatistics().orElseThrow())).sum();
  }

  /** Refresh intervals begun within {@code took}. */
  private static long intervals(Duration took) {
    return (took.toMillis() + REFRESH.toMillis() - 1) / REFRESH.toMillis();
  }
}
