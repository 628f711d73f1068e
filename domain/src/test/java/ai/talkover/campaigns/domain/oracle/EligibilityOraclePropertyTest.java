package ai.talkover.campaigns.domain.oracle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.schedule.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine against {@link SpecOracle}, a brute-force reading of the rules, on thousands of random
 * campaigns, histories and instants around daylight-saving transitions of 21 zones. jqwik prints
 * the seed and the failing scenario; the scenario's {@code toString} holds every raw input.
 */
class EligibilityOraclePropertyTest {

  private static final EligibilityEngine ENGINE = EligibilityEngine.standard();
  private static final Duration HORIZON = Duration.ofDays(400);

  /** The comparable part of a decision. */
  record Outcome(boolean callable, Instant next, Set<String> reasons) {}

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.randomValue(ScenarioGenerator::generate);
  }

  @Property(tries = 3000)
  void engineAgreesWithTheBruteForceOracle(@ForAll("scenarios") Scenario s) {
    SpecOracle.Verdict expected = SpecOracle.decide(s);
    if (expected.invalidField() != null) {
      assertThatThrownBy(s::toCampaign)
          .isInstanceOfSatisfying(InvalidCampaignException.class, e -> assertThat(e.violations())
              .extracting(InvalidCampaignException.Violation::field).containsExactly(expected.invalidField()));
      Statistics.label("outcome").collect("invalid campaign");
      return;
    }

    Decision d = ENGINE.decide(s.toCampaign(), s.toContact(), s.lookup(), s.now());

    Set<String> reasons = new TreeSet<>();
    d.reasons().forEach(r -> reasons.add(r.name()));
    assertThat(new Outcome(d.callable(), d.nextEligibleAt().orElse(null), reasons))
        .isEqualTo(new Outcome(expected.callable(), expected.next(), expected.reasons()));
    assertThat(d.reasons().isEmpty()).isEqualTo(d.callable());

    Statistics.label("outcome").collect(expected.callable() ? "callable now"
        : expected.next() != null ? "waits for a later instant" : "no next instant");
    for (Reason r : List.of(Reason.CAMPAIGN_NOT_ACTIVE, Reason.DO_NOT_CALL, Reason.CALL_IN_PROGRESS,
        Reason.CONTACT_COMPLETED, Reason.MAX_RETRIES_REACHED, Reason.CAMPAIGN_ENDED, Reason.INITIAL_DELAY,
        Reason.COOLDOWN, Reason.BEFORE_START_DATE, Reason.OUTSIDE_CALL_WINDOW, Reason.NO_WINDOW_AVAILABLE)) {
      Statistics.label(r.name()).collect(expected.reasons().contains(r.name()));
    }
    ZoneRules rules = ZoneId.of(s.zone()).getRules();
    boolean acrossOffsetChange = expected.next() != null
        && !rules.getOffset(s.now()).equals(rules.getOffset(expected.next()));
    Statistics.label("next instant has another offset than now").collect(acrossOffsetChange);

    // Guard the generator: thresholds are about half of what a run observes, so they hold for any seed.
    Statistics.label("outcome").coverage(c -> {
      c.check("callable now").percentage(p -> p > 6.0);
      c.check("waits for a later instant").percentage(p -> p > 25.0);
      c.check("no next instant").percentage(p -> p > 25.0);
      c.check("invalid campaign").count(n -> n > 0);
    });
    for (String label : List.of("CAMPAIGN_NOT_ACTIVE", "DO_NOT_CALL", "CALL_IN_PROGRESS", "MAX_RETRIES_REACHED",
        "CAMPAIGN_ENDED", "COOLDOWN", "BEFORE_START_DATE", "OUTSIDE_CALL_WINDOW")) {
      Statistics.label(label).coverage(c -> c.check(true).percentage(p -> p > 4.0));
    }
    Statistics.label("INITIAL_DELAY").coverage(c -> c.check(true).count(n -> n >= 25));
    Statistics.label("CONTACT_COMPLETED").coverage(c -> c.check(true).count(n -> n >= 12));
    Statistics.label("NO_WINDOW_AVAILABLE").coverage(c -> c.check(true).count(n -> n >= 25));
    Statistics.label("next instant has another offset than now").coverage(c -> c.check(true).percentage(p -> p > 4.0));
  }

  @Example
  void oraclePrecondition_everyGeneratedZoneChangesOffsetOnlyOnWholeMinutesByWholeMinutes() {
    assertThat(ScenarioGenerator.ZONES).hasSizeGreaterThanOrEqualTo(15);
    for (String zone : ScenarioGenerator.ZONES) {
      ZoneRules rules = ZoneId.of(zone).getRules();
      assertThat(rules.getOffset(ScenarioGenerator.FROM).getTotalSeconds() % 60).as(zone).isZero();
      for (ZoneOffsetTransition t : ScenarioGenerator.transitions(zone)) {
        assertThat(t.getInstant().getEpochSecond() % 60).as("%s %s", zone, t).isZero();
        assertThat(t.getOffsetAfter().getTotalSeconds() % 60).as("%s %s", zone, t).isZero();
      }
    }
    assertThat(ScenarioGenerator.transitions("America/New_York")).isNotEmpty();
    assertThat(ScenarioGenerator.transitions("Asia/Kolkata")).isEmpty();
  }

  @Property(tries = 600)
  void callWindowAgreesWithTheBruteForceOracle(@ForAll("scenarios") Scenario s, @ForAll Random random) {
    if (SpecOracle.decide(s).invalidField() != null) {
      return;
    }
    CallWindow window = s.toCampaign().window();
    SpecOracle.Window oracle = new SpecOracle.Window(s.zone(), s.daysOfWeek(), s.callTimeRanges(),
        s.earliestCallTime(), s.latestCallTime(), s.startDate(), s.endDate());
    Instant from = s.now().minus(Duration.ofHours(36));
    Instant to = from.plus(Duration.ofDays(3)).plusSeconds(random.nextInt(3600)).plusNanos(random.nextInt(1000));

    assertThat(window.openIntervals(from, to)).isEqualTo(bruteForceIntervals(oracle, from, to));
    assertThat(window.firstOpenAtOrAfter(from).orElse(null))
        .isEqualTo(oracle.firstAtOrAfter(from, from.plus(HORIZON)));
    for (int i = 0; i < 40; i++) {
      Instant t = from.plusSeconds(random.nextInt(3 * 86_400)).plusNanos(random.nextInt(1_000_000_000));
      assertThat(window.contains(t)).as("contains %s", t).isEqualTo(oracle.contains(t));
      // whole minutes and the nanosecond before them: where the window's boundaries lie
      Instant minute = Instant.ofEpochSecond(Math.floorDiv(t.getEpochSecond(), 60) * 60);
      assertThat(window.contains(minute)).as("contains %s", minute).isEqualTo(oracle.contains(minute));
      Instant justBefore = minute.minusNanos(1);
      assertThat(window.contains(justBefore)).as("contains %s", justBefore).isEqualTo(oracle.contains(justBefore));
    }
    for (Interval i : window.openIntervals(from, to)) {
      assertThat(window.contains(i.start())).isTrue();
      assertThat(window.contains(i.end().minusNanos(1))).isTrue();
    }
  }

  /**
   * The open runs of {@code [from, to)}: the window is constant from {@code from} to the next whole
   * minute and between consecutive whole minutes, so checking those points finds every boundary.
   */
  private static List<Interval> bruteForceIntervals(SpecOracle.Window w, Instant from, Instant to) {
    List<Instant> points = new ArrayList<>();
    points.add(from);
    for (Instant t = Instant.ofEpochSecond((Math.floorDiv(from.getEpochSecond(), 60) + 1) * 60); t.isBefore(to);
        t = t.plusSeconds(60)) {
      points.add(t);
    }
    List<Interval> out = new ArrayList<>();
    Instant runStart = null;
    for (Instant p : points) {
      boolean open = w.contains(p);
      if (open && runStart == null) {
        runStart = p;
      } else if (!open && runStart != null) {
        out.add(new Interval(runStart, p));
        runStart = null;
      }
    }
    if (runStart != null) {
      out.add(new Interval(runStart, to));
    }
    return out;
  }
}
