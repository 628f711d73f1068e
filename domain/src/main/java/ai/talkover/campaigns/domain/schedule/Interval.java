package ai.talkover.campaigns.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open span of instants {@code [start, end)}.
 *
 * @param start the first instant; never {@code null}
 * @param end the first instant after the span; after {@code start}
 */
public record Interval(Instant start, Instant end) {

  /** Checks that the interval is not empty. */
  public Interval {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("interval end " + end + " is not after start " + start);
    }
  }

  /**
   * The interval's length.
   *
   * @return {@code end - start}
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /**
   * Whether the interval holds an instant.
   *
   * @param instant the instant; not {@code null}
   * @return true when {@code start <= instant < end}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
