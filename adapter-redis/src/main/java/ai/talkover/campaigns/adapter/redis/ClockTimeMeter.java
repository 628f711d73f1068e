package ai.talkover.campaigns.adapter.redis;

import io.github.bucket4j.TimeMeter;
import java.time.Clock;

/** Bucket4j's time source read from a {@link Clock} (wall clock, millisecond precision). */
record ClockTimeMeter(Clock clock) implements TimeMeter {

  @Override
  public long currentTimeNanos() {
    return clock.millis() * 1_000_000L;
  }

  @Override
  public boolean isWallClockBased() {
    return true;
  }
}
