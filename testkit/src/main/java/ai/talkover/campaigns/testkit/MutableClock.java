package ai.talkover.campaigns.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A UTC clock a test sets and moves, for everything that takes a {@link Clock} (the library's
 * builders, the stub server's write endpoints, fleet mode's budget and ledger). Millisecond precision,
 * as Redis keeps time. Thread-safe: one test thread may move it while others read it.
 */
public final class MutableClock extends Clock {

  private final AtomicLong millis;

  /**
   * A clock standing at an instant.
   *
   * @param start the first reading; not {@code null}
   */
  public MutableClock(Instant start) {
    this.millis = new AtomicLong(Objects.requireNonNull(start, "start").toEpochMilli());
  }

  /**
   * Moves the clock.
   *
   * @param d how far; may be negative (to test a clock that steps back)
   */
  public void advance(Duration d) {
    millis.addAndGet(d.toMillis());
  }

  /**
   * Sets the clock.
   *
   * @param at the next reading; not {@code null}
   */
  public void set(Instant at) {
    millis.set(at.toEpochMilli());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** This clock itself: it always reads in UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public long millis() {
    return millis.get();
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis.get());
  }

  @Override
  public String toString() {
    return "MutableClock[" + instant() + "]";
  }
}
