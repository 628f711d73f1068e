package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.RedisServerProcess;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fleet mode from the command line: the built jar run as 20 processes at once with
 * {@code TALKOVER_REDIS_URL} set, on a real Redis, against the loopback stub server.
 */
class CliFleetJarIT {

  private static final String TOKEN = "talq_cli_fleet_secret_0123456789";
  private static final int PROCESSES = 20;
  /** Quick start-up for twenty JVMs on a small machine. */
  private static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
      "-Xss512k");

  @TempDir
  Path dir;

  private TalkoverStubServer server;
  private RedisServerProcess redis;
  private JarRunner jar;
  private Map<String, String> env;

  @BeforeEach
  void start() {
    redis = RedisServerProcess.start();
    server = TalkoverStubServer.builder().token(TOKEN).start();
    server.addCampaign(CampaignJsonBuilder.getShape("c-1").with(c -> c.name("Fleet Campaign")));
    jar = new JarRunner(dir);
    env = Map.of("TALKOVER_API_TOKEN", TOKEN, "TALKOVER_BASE_URL", server.rootUrl(),
        "TALKOVER_REDIS_URL", redis.url());
  }

  @AfterEach
  void stop() {
    server.close();
    redis.close();
  }

  @Test
  void twentyConcurrentShows_makeOneUpstreamRequest_andASecondRoundMakesNone() throws Exception {
    List<JarRunner.Result> first = round();
    assertThat(first).allSatisfy(r -> {
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("Fleet Campaign");
    });
    assertThat(server.requestCount("c-1")).as("one fetch for twenty processes").isEqualTo(1);

    List<JarRunner.Result> second = round();
    assertThat(second).allSatisfy(r -> {
      assertThat(r.exitCode()).as(r.err()).isZero();
      assertThat(r.out()).contains("Fleet Campaign");
    });
    assertThat(server.requestCount("c-1")).as("the second round reads Redis only").isEqualTo(1);
    assertThat(first.get(0).err() + first.get(0).out()).doesNotContain(TOKEN);
  }

  /** Twenty {@code show} processes started together; their results once all have ended. */
  private List<JarRunner.Result> round() throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(PROCESSES);
    try {
      List<Future<JarRunner.Result>> running = new ArrayList<>();
      for (int i = 0; i < PROCESSES; i++) {
        running.add(pool.submit(() -> {
          go.await();
          return jar.run(JVM, env, "show", "--campaign-id", "c-1");
        }));
      }
      go.countDown();
      List<JarRunner.Result> results = new ArrayList<>();
      for (Future<JarRunner.Result> f : running) {
        results.add(f.get(180, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
