package ai.talkover.campaigns.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import ai.talkover.campaigns.testkit.StandardErrorCapture;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wired library under an overload: cached campaigns past expire-after-write are served stale
 * whatever the reload's failure (a cut exchange, a saturated pool, an open circuit), and nothing the
 * cache logs about those failures holds the token. Real HTTP against the loopback stub, whose delay
 * stands for the overloaded API; the callers start together on a latch; the cache's ticker is fake.
 */
class StaleUnderOverloadTest {

  private static final String TOKEN = "talq_overload-secret-token";
  private static final int CAMPAIGNS = 100;

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final Ticker ticker = nanos::get;
  private TalkoverStubServer server;

  @BeforeEach
  void start() {
    TalkoverStubServer.Builder b = TalkoverStubServer.builder().token(TOKEN);
    for (int i = 0; i < CAMPAIGNS; i++) {
      b.campaign(CampaignJsonBuilder.getShape(id(i)).toJson());
    }
    server = b.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static String id(int i) {
    return "stale-" + i;
  }

  @Test
  void hundredCachedCampaignsPastExpiry_thenAnOverload_allHundredAreServedStale() throws Exception {
    try (TalkoverCampaigns talkover = TalkoverCampaigns.builder().token(TOKEN)
        .baseUrl(server.rootUrl())
        .deadline(Duration.ofSeconds(2))
        .cacheTicker(ticker)
        .cacheExecutor(Runnable::run)
        .build()) {
      for (int i = 0; i < CAMPAIGNS; i++) {
        talkover.campaigns().get(CampaignId.of(id(i)));
      }
      nanos.addAndGet(Duration.ofMinutes(6).toNanos());
      for (int i = 0; i < CAMPAIGNS; i++) {
        server.fault(FaultSpec.forCampaign(id(i)).delay(Duration.ofSeconds(4)));
      }

      StandardErrorCapture.Captured<List<Object>> run = StandardErrorCapture.capture(
          () -> concurrently(CAMPAIGNS, i -> talkover.campaigns().get(CampaignId.of(id(i)))));
      List<Object> outcomes = run.value();
      String logs = run.text();

      assertThat(outcomes).hasSize(CAMPAIGNS).allSatisfy(o -> assertThat(o).isInstanceOf(Campaign.class));
      assertThat(talkover.cacheStatistics().staleServes()).isEqualTo(CAMPAIGNS);
      assertThat(logs).contains("keeping its last good value").doesNotContain(TOKEN);
    }
  }

  @Test
  void reloadAnswersEchoingTheToken_whatTheCacheLogsAtWarnIsMasked() throws Exception {
    try (TalkoverCampaigns talkover = TalkoverCampaigns.builder().token(TOKEN)
        .baseUrl(server.rootUrl())
        .cacheTicker(ticker)
        .cacheExecutor(Runnable::run)
        .build()) {
      talkover.campaigns().get(CampaignId.of(id(0)));
      talkover.campaigns().get(CampaignId.of(id(1)));
      nanos.addAndGet(Duration.ofMinutes(6).toNanos());
      server.fault(FaultSpec.forCampaign(id(0)).response(200, "application/json",
          "{\"success\":true,\"data\":" + TOKEN + "}"));
      server.fault(FaultSpec.forCampaign(id(1)).response(200, "application/json",
          CampaignJsonBuilder.getShape(id(1)).set("/timezone", TOKEN).toJson()
              .replaceFirst("^", "{\"success\":true,\"data\":") + "}"));

      String logs = StandardErrorCapture.during(() -> {
        List<Object> served = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          try {
            served.add(talkover.campaigns().get(CampaignId.of(id(i))));
          } catch (RuntimeException e) {
            served.add(e);
          }
        }
      });

      assertThat(logs).contains("Reloading campaign stale-0 failed", "Reloading campaign stale-1 failed")
          .doesNotContain(TOKEN);
    }
  }

  private interface Call {
    Object apply(int i);
  }

  /** Runs {@code n} callers released together by a latch; each result is a value or a throwable. */
  private static List<Object> concurrently(int n, Call call) throws InterruptedException {
    CountDownLatch go = new CountDownLatch(1);
    ConcurrentLinkedQueue<Object> results = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      Thread t = new Thread(() -> {
        try {
          go.await();
          results.add(call.apply(index));
        } catch (Throwable e) {
          results.add(e);
        }
      });
      threads.add(t);
      t.start();
    }
    go.countDown();
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(60));
    }
    return new ArrayList<>(results);
  }
}
