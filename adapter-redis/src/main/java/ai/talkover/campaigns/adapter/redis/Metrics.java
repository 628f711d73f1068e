package ai.talkover.campaigns.adapter.redis;

import java.util.concurrent.atomic.LongAdder;

/** The fleet's counters, shared by its parts. Thread-safe. */
final class Metrics {
  final LongAdder l2Hits = new LongAdder();
  final LongAdder l2Misses = new LongAdder();
  final LongAdder leasesWon = new LongAdder();
  final LongAdder leasesLost = new LongAdder();
  final LongAdder budgetWaits = new LongAdder();
  final LongAdder budgetRefusals = new LongAdder();
  final LongAdder redisErrors = new LongAdder();
  final LongAdder invalidationsReceived = new LongAdder();

  FleetStatistics snapshot(boolean redisAvailable) {
    return new FleetStatistics(l2Hits.sum(), l2Misses.sum(), leasesWon.sum(), leasesLost.sum(),
        budgetWaits.sum(), budgetRefusals.sum(), redisErrors.sum(), invalidationsReceived.sum(),
        redisAvailable);
  }
}
