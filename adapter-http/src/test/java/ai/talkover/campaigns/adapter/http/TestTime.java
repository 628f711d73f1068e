package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.testkit.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A clock the test moves (the testkit's {@link MutableClock}), and a sleeper that records each wait
 * and moves that clock instead.
 */
final class TestTime {

  /** 2024-01-15T10:00:00Z, a Monday. */
  static final Instant START = Instant.parse("2024-01-15T10:00:00Z");

  final MutableClock clock = new MutableClock(START);
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  final TalkoverHttpCampaignQuery.Sleeper sleeper = d -> {
    waits.add(d);
    clock.advance(d);
  };
}
