package ai.talkover.campaigns.adapter.redis;

import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether Redis answers, as the last command found: one WARN when it stops answering, one INFO when
 * it answers again, a counted error for every failed command, never a stack trace. Thread-safe.
 */
final class RedisHealth {

  private static final Logger LOG = LoggerFactory.getLogger(RedisFleet.class);

  private final RedisUrl url;
  private final Metrics metrics;
  private final AtomicBoolean up = new AtomicBoolean(true);

  RedisHealth(RedisUrl url, Metrics metrics) {
    this.url = url;
    this.metrics = metrics;
  }

  /**
   * Records a failed command and turns it into the adapter's one failure type.
   *
   * @param what what was being done, for the log
   * @param e the failure
   * @return the failure to throw
   */
  RedisUnavailable failed(String what, Throwable e) {
    metrics.redisErrors.increment();
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String detail = url.redact(e.getClass().getSimpleName() + ": " + e.getMessage()
        + (root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")"));
    if (up.compareAndSet(true, false)) {
      LOG.warn("Redis at {} is unavailable ({} failed: {}); reads fall back to node-local behaviour"
          + " and call reservations are refused until it answers again", url, what, detail);
    } else if (LOG.isDebugEnabled()) {
      LOG.debug("Redis at {} still unavailable ({} failed: {})", url, what, detail);
    }
    return new RedisUnavailable("Redis at " + url + " is unavailable (" + what + " failed: "
        + detail + ")", null);
  }

  /** Records a command that succeeded. */
  void succeeded() {
    if (!up.get() && up.compareAndSet(false, true)) {
      LOG.info("Redis at {} answers again; the fleet tier is shared again", url);
    }
  }

  boolean isUp() {
    return up.get();
  }
}
