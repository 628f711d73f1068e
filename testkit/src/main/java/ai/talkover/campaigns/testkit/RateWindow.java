package ai.talkover.campaigns.testkit;

import java.time.Clock;
import java.time.Duration;

/**
 * The stub's rate limit: at most {@code limit} requests per fixed window that starts with the first
 * request, as a Talkover plan enforces it ("100 requests/minute"). Each answer carries
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (the Unix
 * second at which the window resets, rounded up); a request past the limit is answered 429. Its
 * time is the stub's {@linkplain TalkoverStubServer.Builder#clock clock}, so a test that advances
 * that clock ends the window. Thread-safe.
 */
final class RateWindow {

  /** What one request got. */
  record Verdict(boolean allowed, long limit, long remaining, long resetEpochSecond) {}

  private final long limit;
  private final long windowMillis;
  private final Clock clock;
  private long windowStart;
  private long used;
  private boolean started;
  private long refused;

  RateWindow(long limit, Duration window, Clock clock) {
    this.limit = limit;
    this.windowMillis = window.toMillis();
    this.clock = clock;
  }

  synchronized Verdict take() {
    long now = clock.millis();
    if (!started || now - windowStart >= windowMillis) {
      started = true;
      windowStart = now;
      used = 0;
    }
    boolean allowed = used < limit;
    if (allowed) {
      used++;
    } else {
      refused++;
    }
    long resetMillis = windowStart + windowMillis;
    return new Verdict(allowed, limit, limit - used, Math.floorDiv(resetMillis + 999, 1000));
  }

  /** Starts a new window now, as if the current one had run out. */
  synchronized void rollOver() {
    started = false;
  }

  synchronized long refused() {
    return refused;
  }
}
