package ai.talkover.campaigns.testkit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The stub's rate limit: at most {@code limit} requests per fixed window that starts with the first
 * request, as a Talkover plan enforces it ("100 requests/minute"). Each answer carries
 * {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and {@code X-RateLimit-Reset} (the Unix
 * second at which the window resets, rounded up); a request past the limit is answered 429.
 * Thread-safe.
 */
final class RateWindow {

  /** What one request got. */
  record Verdict(boolean allowed, long limit, long remaining, long resetEpochSecond) {}

  private final long limit;
  private final long windowNanos;
  private long windowStart;
  private long used;
  private boolean started;
  private long refused;

  RateWindow(long limit, Duration window) {
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  synchronized Verdict take() {
    long now = System.nanoTime();
    if (!started || now - windowStart >= windowNanos) {
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
    long leftNanos = windowStart + windowNanos - now;
    long resetMillis = System.currentTimeMillis() + TimeUnit.NANOSECONDS.toMillis(leftNanos);
    return new Verdict(allowed, limit, limit - used, (resetMillis + 999) / 1000);
  }

  /** Starts a new window now, as if the current one had run out. */
  synchronized void rollOver() {
    started = false;
  }

  synchronized long refused() {
    return refused;
  }
}
