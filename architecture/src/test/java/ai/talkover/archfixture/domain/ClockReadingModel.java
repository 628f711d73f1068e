package ai.talkover.archfixture.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Planted violation: a domain class that reads the clock in every forbidden way. */
public class ClockReadingModel {
  long readAll() {
    Instant a = Instant.now();
    LocalDateTime b = LocalDateTime.now();
    ZonedDateTime c = ZonedDateTime.now(ZoneOffset.UTC);
    Clock d = Clock.systemUTC();
    return a.getEpochSecond() + b.getSecond() + c.getSecond() + d.millis()
        + System.currentTimeMillis() + System.nanoTime();
  }
}
