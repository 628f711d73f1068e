package ai.talkover.campaigns.adapter.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock the test moves, and a sleeper that records each wait and moves that clock instead. */
final class TestTime {

  /** 2024-01-15T10:00:00Z, a Monday. */
  static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final TalkoverHttpCampaignQuery.Sleeper sleeper = d -> {
    waits.add(d);
    clock.advance(d);
  };

  /** A settable clock. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
