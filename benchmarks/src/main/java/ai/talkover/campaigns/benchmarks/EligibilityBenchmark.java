package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One decision on a warm campaign (America/New_York, two ranges, weekdays) for a number with two prior
 * attempts, {@code now} cycling through a precomputed year of instants that includes the DST
 * transitions; against {@code ZoneRules.getOffset(Instant)} over the same instants.
 * Bar: decide at most 3 x baseline, at most 64 B allocated per decision.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class EligibilityBenchmark {

  /** A power of two, so the index wraps with a mask. */
  private static final int INSTANTS = 1 << 14;

  private final EligibilityEngine engine = EligibilityEngine.standard();
  private final DoNotCallList noDnc = DoNotCallList.empty();
  private Campaign campaign;
  private Contact contact;
  private ZoneRules rules;
  private Instant[] instants;
  private int next;

  @Setup
  public void setUp() {
    campaign = Campaign.builder()
        .id("bench").status("active").timezone("America/New_York")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "12:00"),
            new Campaign.TimeRangeInput("13:30", "17:30")))
        .startDate("2025-01-01")
        .maxRetries(5)
        .noAnswerCooldownHours(4)
        .busyCooldownHours(1)
        .calls(List.of(
            new Campaign.CallInput("a1", "+15550000001", "no-answer", 0, "2025-12-30T15:00:00Z", null),
            new Campaign.CallInput("a2", "+15550000001", "busy", 1, "2025-12-31T15:00:00Z", null),
            new Campaign.CallInput("b1", "+15550000002", "completed", 0, "2025-12-31T15:00:00Z", null)))
        .build();
    contact = Contact.of("+15550000001");
    rules = ZoneId.of("America/New_York").getRules();
    instants = yearOfInstants(rules);
  }

  /** 2026 sampled evenly, with the zone's transitions and the seconds around them mixed in. */
  static Instant[] yearOfInstants(ZoneRules rules) {
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    long span = 365L * 86_400;
    List<Instant> list = new ArrayList<>(INSTANTS);
    Instant cursor = start;
    List<Instant> transitions = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(cursor);
        t != null && t.getInstant().isBefore(start.plusSeconds(span));
        t = rules.nextTransition(t.getInstant())) {
      transitions.add(t.getInstant());
    }
    int special = 0;
    for (Instant t : transitions) {
      for (long delta : new long[] {-3_600, -1, 0, 1, 1_800, 3_600}) {
        list.add(t.plusSeconds(delta));
        special++;
      }
    }
    long step = span / (INSTANTS - special);
    for (int i = 0; list.size() < INSTANTS; i++) {
      list.add(start.plusSeconds(i * step + (i * 7919L) % 60));
    }
    java.util.Collections.shuffle(list, new java.util.Random(42));
    return list.toArray(new Instant[0]);
  }

  private Instant nextInstant() {
    Instant now = instants[next];
    next = (next + 1) & (INSTANTS - 1);
    return now;
  }

  @Benchmark
  public Decision decide() {
    return engine.decide(campaign, contact, noDnc, nextInstant());
  }

  @Benchmark
  public ZoneOffset zoneOffsetBaseline() {
    return rules.getOffset(nextInstant());
  }
}
