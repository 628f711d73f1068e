package ai.talkover.campaigns.adapter.cache;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** A ticker that only moves when a test advances it. Starts at an arbitrary non-zero reading. */
final class FakeTicker implements Ticker {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

  @Override
  public long read() {
    return nanos.get();
  }

  void set(long reading) {
    nanos.set(reading);
  }

  void advance(Duration d) {
    nanos.addAndGet(d.toNanos());
  }
}
