package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.testkit.RedisServerProcess;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** One real redis-server per test class; fleets made by a test are closed after it. */
abstract class RedisTestSupport {

  static RedisServerProcess redis;
  private final List<RedisFleet> fleets = new ArrayList<>();
  /** A fresh credential per test: its keys share nothing with other tests'. */
  final String token = "talq_test_" + UUID.randomUUID();

  @BeforeAll
  static void startRedis() {
    redis = RedisServerProcess.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @AfterEach
  void closeFleets() {
    fleets.forEach(RedisFleet::close);
    redis.resume();
  }

  RedisFleet fleet(Clock clock) {
    return fleet(clock, Runnable::run);
  }

  RedisFleet fleet(Clock clock, Executor executor) {
    RedisFleet f = RedisFleet.builder("url", redis.url(), "http://127.0.0.1:1", token)
        .clock(clock)
        .executor(executor)
        .reconnectDelay(Duration.ofMillis(100))
        .commandTimeout(Duration.ofSeconds(2))
        .waitTimeout(Duration.ofSeconds(5))
        .build();
    fleets.add(f);
    return f;
  }
}
