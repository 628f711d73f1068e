package ai.talkover.campaigns.domain.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.Fixtures;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.Test;

/**
 * The policies' instant sets against a minute-by-minute reading of local times with
 * {@code LocalDateTime.ofInstant}, over two days either side of every 2026-2027 offset change of zones
 * with unusual daylight saving: 30-minute shifts, changes at local midnight, negative DST.
 */
class ComplianceInstantSetsTest {

  private static final long MINUTE = 60;
  private static final List<ZoneId> ZONES = List.of(
      ZoneId.of("America/New_York"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Europe/Dublin"),
      ZoneId.of("America/Santiago"), ZoneId.of("Asia/Beirut"), ZoneId.of("America/Havana"),
      ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Chatham"));

  /** Hours with ranges that touch midnight, the usual transition hours and a day without calls. */
  private static final RecipientHours ODD_HOURS = RecipientHours.parse(
      "mon-thu=00:00-00:30,01:30-02:30,23:30-23:59;fri=08:00-21:00;sat=02:00-03:00,12:00-23:59");

  private static List<Long> transitionsOf(ZoneId zone) {
    List<Long> out = new ArrayList<>();
    Instant cursor = Instant.parse("2026-01-01T00:00:00Z");
    ZoneOffsetTransition next;
    while ((next = zone.getRules().nextTransition(cursor)) != null
        && next.getInstant().isBefore(Instant.parse("2028-01-01T00:00:00Z"))) {
      out.add(next.toEpochSecond());
      cursor = next.getInstant();
    }
    return out;
  }

  /**
   * Checks {@code containsSecond}, {@code nextOpenSecond} and {@code nextClosedSecond} at every minute
   * of {@code [from, to)} against the oracle (all boundaries fall on whole minutes here).
   */
  private static void assertAgrees(InstantSet set, LongPredicate oracle, long from, long to, String what) {
    int n = (int) ((to - from) / MINUTE);
    boolean[] in = new boolean[n + 1];
    for (int i = 0; i <= n; i++) {
      in[i] = oracle.test(from + i * MINUTE);
    }
    long[] nextOpen = new long[n + 1];
    long[] nextClosed = new long[n + 1];
    nextOpen[n] = in[n] ? to : -1;
    nextClosed[n] = in[n] ? -1 : to;
    for (int i = n - 1; i >= 0; i--) {
      long t = from + i * MINUTE;
      nextOpen[i] = in[i] ? t : nextOpen[i + 1];
      nextClosed[i] = in[i] ? nextClosed[i + 1] : t;
    }
    for (int i = 0; i < n; i++) {
      long t = from + i * MINUTE;
      assertThat(set.containsSecond(t)).as("%s contains %s", what, Instant.ofEpochSecond(t)).isEqualTo(in[i]);
      long open = set.nextOpenSecond(t, to);
      assertThat(open == InstantSet.NONE ? -1 : open)
          .as("%s next open from %s", what, Instant.ofEpochSecond(t)).isEqualTo(nextOpen[i]);
      if (nextClosed[i] >= 0) {
        assertThat(set.nextClosedSecond(t))
            .as("%s next closed from %s", what, Instant.ofEpochSecond(t)).isEqualTo(nextClosed[i]);
      } else {
        assertThat(set.nextClosedSecond(t)).as("%s next closed from %s", what, Instant.ofEpochSecond(t))
            .isGreaterThan(to);
      }
    }
  }

  @Test
  void localHoursSet_agreesWithLocalTimesAroundEveryOffsetChange() {
    int windows = 0;
    for (ZoneId zone : ZONES) {
      LocalHoursSet set = Fixtures.hoursIn(ODD_HOURS, zone);
      LongPredicate oracle = t -> {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(t), zone);
        return ODD_HOURS.rangesOn(local.getDayOfWeek()).stream()
            .anyMatch(r -> r.contains(local.toLocalTime()));
      };
      for (long transition : transitionsOf(zone)) {
        assertAgrees(set, oracle, transition - 2 * 86_400, transition + 2 * 86_400, zone.getId());
        windows++;
      }
    }
    assertThat(windows).isGreaterThan(20);
  }

  @Test
  void blackoutSet_agreesWithLocalDatesAroundEveryOffsetChange() {
    int windows = 0;
    for (ZoneId zone : ZONES) {
      for (long transition : transitionsOf(zone)) {
        LocalDate day = LocalDateTime.ofInstant(Instant.ofEpochSecond(transition), zone).toLocalDate();
        // The transition's date, the day before it, and a lone date two days later.
        Set<LocalDate> dates = Set.of(day.minusDays(1), day, day.plusDays(2));
        BlackoutSet set = new BlackoutSet(dates, ZoneTimeline.of(zone));
        LongPredicate oracle = t -> !dates.contains(
            LocalDateTime.ofInstant(Instant.ofEpochSecond(t), zone).toLocalDate());
        assertAgrees(set, oracle, transition - 3 * 86_400, transition + 4 * 86_400, zone.getId());
        windows++;
      }
    }
    assertThat(windows).isGreaterThan(20);
  }

  @Test
  void intersection_isOpenOnlyWhereEveryMemberIs() {
    ZoneId sydney = ZoneId.of("Australia/Sydney");
    ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
    RecipientHours tcpa = RecipientHours.TCPA;
    InstantSet both = Intersection.of(List.of(
        Fixtures.hoursIn(tcpa, sydney),
        Fixtures.hoursIn(tcpa, lordHowe)));
    LongPredicate oracle = t -> {
      for (ZoneId z : List.of(sydney, lordHowe)) {
        LocalDateTime local = LocalDateTime.ofInstant(Instant.ofEpochSecond(t), z);
        if (!tcpa.allows(local.getDayOfWeek(), local.toLocalTime())) {
          return false;
        }
      }
      return true;
    };
    for (long transition : transitionsOf(lordHowe)) {
      assertAgrees(both, oracle, transition - 2 * 86_400, transition + 2 * 86_400, "Sydney+Lord_Howe");
    }
  }

  @Test
  void blackoutSet_withoutLaterDates_neverClosesAgain() {
    BlackoutSet set = new BlackoutSet(Set.of(LocalDate.of(2026, 1, 1)),
        ZoneTimeline.of(ZoneId.of("America/New_York")));

    assertThat(set.nextClosedSecond(Instant.parse("2026-03-01T00:00:00Z").getEpochSecond()))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(set.nextOpenSecond(Instant.parse("2026-01-01T12:00:00Z").getEpochSecond(),
        Instant.parse("2026-01-01T23:00:00Z").getEpochSecond())).isEqualTo(InstantSet.NONE);
  }
}
