package ai.talkover.campaigns.domain.schedule;

import static ai.talkover.campaigns.domain.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The window of rule 9 read in local time. Every expected instant is written by hand with the
 * offset tzdata gives that local time (checked against {@link ZonedDateTime} where it is not
 * obvious), never taken from the code under test.
 */
class CallWindowTest {

  private static final Set<DayOfWeek> EVERY_DAY = EnumSet.allOf(DayOfWeek.class);

  private static CallWindow window(String zone, String start, String end) {
    return CallWindow.of(EVERY_DAY, List.of(TimeRange.parse(start, end)), ZoneId.of(zone), null, null);
  }

  private static Interval interval(String from, String to) {
    return new Interval(t(from), t(to));
  }

  @Nested
  class OneInstant {

    private final CallWindow berlin = CallWindow.of(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        List.of(TimeRange.parse("09:00", "17:00")),
        ZoneId.of("Europe/Berlin"), LocalDate.of(2024, 6, 3), LocalDate.of(2024, 6, 7));

    @Test
    void contains_rangeStartIsInclusive_andEndExclusive() {
      assertThat(berlin.contains(t("2024-06-05T09:00+02:00"))).isTrue();
      assertThat(berlin.contains(t("2024-06-05T08:59:59.999999999+02:00"))).isFalse();
      assertThat(berlin.contains(t("2024-06-05T16:59:59.999999999+02:00"))).isTrue();
      assertThat(berlin.contains(t("2024-06-05T17:00+02:00"))).isFalse();
    }

    @Test
    void contains_readsTheDayOfWeekInTheCampaignZone() {
      // Friday 23:30 UTC is Saturday 01:30 in Berlin; Sunday 23:30 UTC is Monday 01:30.
      CallWindow nights = CallWindow.of(EnumSet.of(DayOfWeek.MONDAY),
          List.of(TimeRange.parse("01:00", "02:00")), ZoneId.of("Europe/Berlin"), null, null);
      assertThat(nights.contains(t("2024-06-09T23:30Z"))).isTrue();
      assertThat(nights.contains(t("2024-06-07T23:30Z"))).isFalse();
      assertThat(nights.isOutsideDaysOrTimes(t("2024-06-09T23:30Z"))).isFalse();
    }

    @Test
    void contains_startAndEndDatesAreInclusiveLocalDates() {
      assertThat(berlin.contains(t("2024-06-03T09:00+02:00"))).isTrue();
      assertThat(berlin.contains(t("2024-06-07T16:59:59+02:00"))).isTrue();
      // 2024-06-10 is a Monday, after the end date
      assertThat(berlin.contains(t("2024-06-10T10:00+02:00"))).isFalse();
      assertThat(berlin.isAfterEndDate(t("2024-06-08T00:00+02:00"))).isTrue();
      assertThat(berlin.isAfterEndDate(t("2024-06-07T23:59:59.999+02:00"))).isFalse();
      assertThat(berlin.isBeforeStartDate(t("2024-06-02T23:59:59+02:00"))).isTrue();
      assertThat(berlin.isBeforeStartDate(t("2024-06-03T00:00+02:00"))).isFalse();
    }

    @Test
    void isOutsideDaysOrTimes_ignoresTheDates() {
      // Monday 10 June is after the end date but its day and time are allowed
      assertThat(berlin.isOutsideDaysOrTimes(t("2024-06-10T10:00+02:00"))).isFalse();
      assertThat(berlin.isOutsideDaysOrTimes(t("2024-06-08T10:00+02:00"))).isTrue();
      assertThat(berlin.isOutsideDaysOrTimes(t("2024-06-05T18:00+02:00"))).isTrue();
    }

    @Test
    void contains_hhMmSsBoundaries_areExactToTheSecond() {
      CallWindow w = window("UTC", "09:00:30", "09:01:15");
      assertThat(w.contains(t("2024-06-05T09:00:29.999Z"))).isFalse();
      assertThat(w.contains(t("2024-06-05T09:00:30Z"))).isTrue();
      assertThat(w.contains(t("2024-06-05T09:01:14.999Z"))).isTrue();
      assertThat(w.contains(t("2024-06-05T09:01:15Z"))).isFalse();
    }

    @Test
    void localDate_isTheDateInTheCampaignZone() {
      assertThat(window("Pacific/Auckland", "09:00", "17:00").localDate(t("2024-06-05T12:30Z")))
          .isEqualTo(LocalDate.of(2024, 6, 6));
    }
  }

  @Nested
  class Ranges {

    @Test
    void overlappingRanges_countAsTheirUnion() {
      CallWindow w = CallWindow.of(EVERY_DAY,
          List.of(TimeRange.parse("11:00", "14:00"), TimeRange.parse("09:00", "12:00")),
          ZoneId.of("UTC"), null, null);

      assertThat(w.contains(t("2024-06-05T13:59:59Z"))).isTrue();
      assertThat(w.contains(t("2024-06-05T14:00Z"))).isFalse();
      assertThat(w.openIntervals(t("2024-06-05T00:00Z"), t("2024-06-06T00:00Z")))
          .containsExactly(interval("2024-06-05T09:00Z", "2024-06-05T14:00Z"));
      assertThat(w.ranges()).containsExactly(TimeRange.parse("11:00", "14:00"), TimeRange.parse("09:00", "12:00"));
    }

    @Test
    void touchingRanges_formOneInterval() {
      CallWindow w = CallWindow.of(EVERY_DAY,
          List.of(TimeRange.parse("09:00", "12:00"), TimeRange.parse("12:00", "14:00")),
          ZoneId.of("UTC"), null, null);

      assertThat(w.contains(t("2024-06-05T12:00Z"))).isTrue();
      assertThat(w.openIntervals(t("2024-06-05T00:00Z"), t("2024-06-06T00:00Z")))
          .containsExactly(interval("2024-06-05T09:00Z", "2024-06-05T14:00Z"));
    }

    @Test
    void disjointRanges_areSeparateIntervals_andRangesContainedInOthersAddNothing() {
      CallWindow w = CallWindow.of(EVERY_DAY,
          List.of(TimeRange.parse("15:00", "16:00"), TimeRange.parse("09:00", "12:00"),
              TimeRange.parse("10:00", "11:00")),
          ZoneId.of("UTC"), null, null);

      assertThat(w.openIntervals(t("2024-06-05T00:00Z"), t("2024-06-06T00:00Z"))).containsExactly(
          interval("2024-06-05T09:00Z", "2024-06-05T12:00Z"),
          interval("2024-06-05T15:00Z", "2024-06-05T16:00Z"));
    }

    @Test
    void lastSecondOfTheDay_isNeverInARange() {
      CallWindow w = window("UTC", "00:00", "23:59:59");
      assertThat(w.contains(t("2024-06-05T23:59:58Z"))).isTrue();
      assertThat(w.contains(t("2024-06-05T23:59:59Z"))).isFalse();
      assertThat(w.openIntervals(t("2024-06-05T12:00Z"), t("2024-06-06T12:00Z"))).containsExactly(
          interval("2024-06-05T12:00Z", "2024-06-05T23:59:59Z"),
          interval("2024-06-06T00:00Z", "2024-06-06T12:00Z"));
    }
  }

  @Nested
  class Searches {

    private final CallWindow berlin = CallWindow.of(
        EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        List.of(TimeRange.parse("09:00", "17:00")), ZoneId.of("Europe/Berlin"), null,
        LocalDate.of(2024, 6, 14));

    @Test
    void firstOpenAtOrAfter_openInstant_isThatInstantWithItsNanos() {
      Instant from = t("2024-06-05T10:00:00.123456789+02:00");
      assertThat(berlin.firstOpenAtOrAfter(from)).contains(from);
    }

    @Test
    void firstOpenAtOrAfter_closedInstant_isTheNextOpening() {
      assertThat(berlin.firstOpenAtOrAfter(t("2024-06-05T08:59:59.5+02:00")))
          .contains(t("2024-06-05T09:00+02:00"));
      assertThat(berlin.firstOpenAtOrAfter(t("2024-06-05T17:00+02:00")))
          .contains(t("2024-06-06T09:00+02:00"));
      // Friday evening -> Monday morning
      assertThat(berlin.firstOpenAtOrAfter(t("2024-06-07T17:00+02:00")))
          .contains(t("2024-06-10T09:00+02:00"));
    }

    @Test
    void firstOpenAtOrAfter_afterTheLastOpening_isEmpty() {
      assertThat(berlin.firstOpenAtOrAfter(t("2024-06-14T17:00+02:00"))).isEmpty();
      assertThat(berlin.firstOpenAtOrAfter(t("2024-06-14T16:59:59+02:00")))
          .contains(t("2024-06-14T16:59:59+02:00"));
    }

    @Test
    void firstOpenAtOrAfter_searchesFourHundredDaysInclusive() {
      LocalDate start = LocalDate.of(2024, 1, 1).plusDays(400);
      CallWindow late = CallWindow.of(EVERY_DAY, List.of(TimeRange.parse("00:00", "23:59")),
          ZoneId.of("UTC"), start, null);
      Instant opening = start.atStartOfDay(ZoneId.of("UTC")).toInstant();

      assertThat(opening).isEqualTo(t("2025-02-04T00:00Z"));
      assertThat(late.firstOpenAtOrAfter(opening.minus(Duration.ofDays(400)))).contains(opening);
      assertThat(late.firstOpenAtOrAfter(opening.minus(Duration.ofDays(400)).minusNanos(1))).isEmpty();
      assertThat(late.firstOpenAtOrAfter(t("2024-01-01T00:00Z"), t("2025-02-03T23:59:59.999Z"))).isEmpty();
    }

    @Test
    void openIntervals_clipsToTheSpan() {
      assertThat(berlin.openIntervals(t("2024-06-05T12:00+02:00"), t("2024-06-06T10:00+02:00")))
          .containsExactly(
              interval("2024-06-05T12:00+02:00", "2024-06-05T17:00+02:00"),
              interval("2024-06-06T09:00+02:00", "2024-06-06T10:00+02:00"));
    }

    @Test
    void openIntervals_emptySpanOrClosedSpan_isEmpty() {
      Instant at = t("2024-06-05T12:00+02:00");
      assertThat(berlin.openIntervals(at, at)).isEmpty();
      assertThat(berlin.openIntervals(t("2024-06-08T00:00+02:00"), t("2024-06-10T09:00+02:00"))).isEmpty();
    }

    @Test
    void openIntervals_toBeforeFrom_isRejected() {
      assertThatThrownBy(() -> berlin.openIntervals(t("2024-06-05T12:00Z"), t("2024-06-05T11:00Z")))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_rejectsEmptyDaysEmptyRangesAndReversedDates() {
      List<TimeRange> ranges = List.of(TimeRange.parse("09:00", "10:00"));
      ZoneId utc = ZoneId.of("UTC");
      assertThatThrownBy(() -> CallWindow.of(EnumSet.noneOf(DayOfWeek.class), ranges, utc, null, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days_of_week");
      assertThatThrownBy(() -> CallWindow.of(EVERY_DAY, List.of(), utc, null, null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("call_time_ranges");
      assertThatThrownBy(() -> CallWindow.of(EVERY_DAY, ranges, utc, LocalDate.of(2024, 6, 2),
          LocalDate.of(2024, 6, 1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end_date");
    }
  }

  /** Daylight saving: the window is read in local time, so gaps hold nothing and overlaps hold twice. */
  @Nested
  class DaylightSaving {

    @Test
    void newYorkSpringForward_rangeInsideTheGap_isEmptyThatDay() {
      // 2024-03-10: 02:00 EST jumps to 03:00 EDT (07:00Z)
      CallWindow w = window("America/New_York", "02:00", "03:00");

      assertThat(w.openIntervals(t("2024-03-10T00:00-05:00"), t("2024-03-11T00:00-04:00"))).isEmpty();
      assertThat(w.firstOpenAtOrAfter(t("2024-03-10T01:59-05:00")))
          .contains(t("2024-03-11T02:00-04:00"));
      assertThat(w.openIntervals(t("2024-03-09T00:00-05:00"), t("2024-03-12T00:00-04:00"))).containsExactly(
          interval("2024-03-09T02:00-05:00", "2024-03-09T03:00-05:00"),
          interval("2024-03-11T02:00-04:00", "2024-03-11T03:00-04:00"));
    }

    @Test
    void newYorkSpringForward_rangeAcrossTheGap_endsAtThreeLocal() {
      CallWindow w = window("America/New_York", "01:30", "02:30");

      assertThat(w.openIntervals(t("2024-03-10T00:00-05:00"), t("2024-03-11T00:00-04:00")))
          .containsExactly(interval("2024-03-10T01:30-05:00", "2024-03-10T03:00-04:00"));
      assertThat(t("2024-03-10T03:00-04:00")).isEqualTo(t("2024-03-10T07:00Z"));
      assertThat(w.contains(t("2024-03-10T06:59:59Z"))).isTrue();
      assertThat(w.contains(t("2024-03-10T07:00Z"))).isFalse();
    }

    @Test
    void newYorkSpringForward_rangeStartingInTheGap_opensAtThreeLocal() {
      CallWindow w = window("America/New_York", "02:30", "04:00");

      assertThat(w.firstOpenAtOrAfter(t("2024-03-10T00:00-05:00"))).contains(t("2024-03-10T03:00-04:00"));
    }

    @Test
    void newYorkFallBack_repeatedHourHoldsBothHalfHours() {
      // 2024-11-03: 02:00 EDT falls back to 01:00 EST (06:00Z); 01:00-01:30 happens twice
      CallWindow w = window("America/New_York", "01:00", "01:30");

      assertThat(w.openIntervals(t("2024-11-03T00:00-04:00"), t("2024-11-04T00:00-05:00"))).containsExactly(
          interval("2024-11-03T01:00-04:00", "2024-11-03T01:30-04:00"),
          interval("2024-11-03T01:00-05:00", "2024-11-03T01:30-05:00"));
      assertThat(w.contains(t("2024-11-03T05:15Z"))).isTrue();
      assertThat(w.contains(t("2024-11-03T05:45Z"))).isFalse();
      assertThat(w.contains(t("2024-11-03T06:15Z"))).isTrue();
      assertThat(w.firstOpenAtOrAfter(t("2024-11-03T01:30-04:00"))).contains(t("2024-11-03T01:00-05:00"));
    }

    @Test
    void newYorkFallBack_rangeAcrossTheOffsetChange_isOneLongerInterval() {
      CallWindow w = window("America/New_York", "00:00", "03:00");

      // 00:00 EDT to 03:00 EST is four hours of instants
      List<Interval> open = w.openIntervals(t("2024-11-02T23:00-04:00"), t("2024-11-03T05:00-05:00"));
      assertThat(open).containsExactly(interval("2024-11-03T00:00-04:00", "2024-11-03T03:00-05:00"));
      assertThat(open.get(0).duration()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void newYorkSpringForward_fullDayRange_isOneHourShorter() {
      CallWindow w = window("America/New_York", "00:00", "23:00");

      List<Interval> open = w.openIntervals(t("2024-03-10T00:00-05:00"), t("2024-03-11T00:00-04:00"));
      assertThat(open).containsExactly(interval("2024-03-10T00:00-05:00", "2024-03-10T23:00-04:00"));
      assertThat(open.get(0).duration()).isEqualTo(Duration.ofHours(22));
    }

    @Test
    void lordHoweSpringForward_halfHourGap_emptiesARangeInsideIt() {
      // 2024-10-06: 02:00 +10:30 jumps to 02:30 +11:00 (2024-10-05T15:30Z)
      CallWindow inside = window("Australia/Lord_Howe", "02:00", "02:30");
      CallWindow across = window("Australia/Lord_Howe", "02:00", "03:00");

      assertThat(inside.openIntervals(t("2024-10-06T00:00+10:30"), t("2024-10-07T00:00+11:00"))).isEmpty();
      assertThat(inside.firstOpenAtOrAfter(t("2024-10-06T01:50+10:30")))
          .contains(t("2024-10-07T02:00+11:00"));
      assertThat(across.openIntervals(t("2024-10-06T00:00+10:30"), t("2024-10-07T00:00+11:00")))
          .containsExactly(interval("2024-10-06T02:30+11:00", "2024-10-06T03:00+11:00"));
      assertThat(t("2024-10-06T02:30+11:00")).isEqualTo(t("2024-10-05T15:30Z"));
    }

    @Test
    void lordHoweFallBack_repeatedHalfHour_isOneContinuousHour() {
      // 2024-04-07: 02:00 +11:00 falls back to 01:30 +10:30 (2024-04-06T15:00Z)
      CallWindow w = window("Australia/Lord_Howe", "01:30", "02:00");

      List<Interval> open = w.openIntervals(t("2024-04-07T00:00+11:00"), t("2024-04-08T00:00+10:30"));
      assertThat(open).containsExactly(interval("2024-04-07T01:30+11:00", "2024-04-07T02:00+10:30"));
      assertThat(open.get(0).duration()).isEqualTo(Duration.ofHours(1));
      assertThat(open.get(0).start()).isEqualTo(t("2024-04-06T14:30Z"));
    }

    @Test
    void kathmandu_quarterHourOffset() {
      CallWindow w = window("Asia/Kathmandu", "09:00", "17:00");

      assertThat(w.firstOpenAtOrAfter(t("2024-06-03T00:00Z"))).contains(t("2024-06-03T03:15Z"));
      assertThat(w.openIntervals(t("2024-06-03T00:00Z"), t("2024-06-04T00:00Z")))
          .containsExactly(interval("2024-06-03T03:15Z", "2024-06-03T11:15Z"));
    }

    @Test
    void kathmandu_1986OffsetChange_shiftsTheWindowByAQuarterHour() {
      // 1986-01-01 00:00 +05:30 became 00:15 +05:45
      CallWindow w = window("Asia/Kathmandu", "00:00", "01:00");

      assertThat(w.openIntervals(t("1985-12-31T12:00Z"), t("1986-01-01T12:00Z")))
          .containsExactly(interval("1986-01-01T00:15+05:45", "1986-01-01T01:00+05:45"));
    }

    @Test
    void chatham_quarterHourOffsetsInSummerAndWinter() {
      CallWindow w = window("Pacific/Chatham", "09:00", "17:00");

      assertThat(w.firstOpenAtOrAfter(t("2024-01-14T12:00Z"))).contains(t("2024-01-14T19:15Z"));
      assertThat(w.firstOpenAtOrAfter(t("2024-07-14T12:00Z"))).contains(t("2024-07-14T20:15Z"));
    }

    @Test
    void chathamSpringForward_rangeInsideTheGap_isEmptyThatDay() {
      // 2024-09-29: 02:45 +12:45 jumps to 03:45 +13:45
      CallWindow w = window("Pacific/Chatham", "02:45", "03:45");

      assertThat(w.openIntervals(t("2024-09-29T00:00+12:45"), t("2024-09-30T00:00+13:45"))).isEmpty();
      assertThat(w.firstOpenAtOrAfter(t("2024-09-29T00:00+12:45"))).contains(t("2024-09-29T13:00Z"));
      assertThat(t("2024-09-30T02:45+13:45")).isEqualTo(t("2024-09-29T13:00Z"));
    }

    @Test
    void chathamFallBack_repeatedHourHoldsTwoHours() {
      // 2024-04-07: 03:45 +13:45 falls back to 02:45 +12:45 (2024-04-06T14:00Z)
      CallWindow w = window("Pacific/Chatham", "02:45", "03:45");

      List<Interval> open = w.openIntervals(t("2024-04-07T00:00+13:45"), t("2024-04-08T00:00+12:45"));
      assertThat(open).containsExactly(interval("2024-04-07T02:45+13:45", "2024-04-07T03:45+12:45"));
      assertThat(open.get(0).duration()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void stJohns_halfHourOffsetAndItsSpringForwardGap() {
      CallWindow office = window("America/St_Johns", "09:00", "17:00");
      CallWindow night = window("America/St_Johns", "02:00", "03:00");

      assertThat(office.firstOpenAtOrAfter(t("2024-01-15T00:00Z"))).contains(t("2024-01-15T12:30Z"));
      // 2024-03-10: 02:00 -03:30 jumps to 03:00 -02:30
      assertThat(night.openIntervals(t("2024-03-10T00:00-03:30"), t("2024-03-11T00:00-02:30"))).isEmpty();
      assertThat(night.firstOpenAtOrAfter(t("2024-03-10T00:00-03:30"))).contains(t("2024-03-11T04:30Z"));
    }

    @Test
    void santiagoSpringForwardAtMidnight_skipsTheFirstLocalHourOfTheDay() {
      // 2024-09-08: 00:00 -04:00 jumps to 01:00 -03:00
      CallWindow w = window("America/Santiago", "00:00", "01:00");

      assertThat(w.openIntervals(t("2024-09-07T12:00-04:00"), t("2024-09-08T12:00-03:00"))).isEmpty();
      assertThat(w.firstOpenAtOrAfter(t("2024-09-07T12:00-04:00"))).contains(t("2024-09-09T00:00-03:00"));
    }

    @Test
    void apia_skippedCalendarDay_holdsNoInstant() {
      // Samoa skipped Friday 2011-12-30: 2011-12-29 24:00 -10:00 became 2011-12-31 00:00 +14:00
      CallWindow w = window("Pacific/Apia", "09:00", "17:00");

      assertThat(w.openIntervals(t("2011-12-29T00:00-10:00"), t("2012-01-01T00:00+14:00"))).containsExactly(
          interval("2011-12-29T09:00-10:00", "2011-12-29T17:00-10:00"),
          interval("2011-12-31T09:00+14:00", "2011-12-31T17:00+14:00"));
      CallWindow fridays = CallWindow.of(EnumSet.of(DayOfWeek.FRIDAY), List.of(TimeRange.parse("09:00", "17:00")),
          ZoneId.of("Pacific/Apia"), null, null);
      assertThat(fridays.firstOpenAtOrAfter(t("2011-12-29T00:00-10:00"))).contains(t("2012-01-06T09:00+14:00"));
    }

    @Test
    void trollTwoHourShift_rangeInsideTheGapIsEmpty() {
      // Antarctica/Troll, 2024-03-31: 01:00 +00:00 jumps to 03:00 +02:00
      CallWindow w = window("Antarctica/Troll", "01:00", "03:00");

      assertThat(w.openIntervals(t("2024-03-31T00:00Z"), t("2024-04-01T00:00+02:00"))).isEmpty();
    }

    @Test
    void stJohns2010MidnightFallBack_localDateGoesBack_soTheWindowReopensAfterTheEndDateWasLeft() {
      // 2010-11-07 00:01 -02:30 fell back to 2010-11-06 23:01 -03:30 (2010-11-07T02:31Z)
      CallWindow w = CallWindow.of(EVERY_DAY, List.of(TimeRange.parse("23:00", "23:59")),
          ZoneId.of("America/St_Johns"), null, LocalDate.of(2010, 11, 6));

      assertThat(w.isAfterEndDate(t("2010-11-07T00:00:30-02:30"))).isTrue();
      assertThat(w.firstOpenAtOrAfter(t("2010-11-07T00:00:30-02:30"))).contains(t("2010-11-06T23:01-03:30"));
      assertThat(w.openIntervals(t("2010-11-06T12:00-02:30"), t("2010-11-07T12:00-03:30"))).containsExactly(
          interval("2010-11-06T23:00-02:30", "2010-11-06T23:59-02:30"),
          interval("2010-11-06T23:01-03:30", "2010-11-06T23:59-03:30"));
      assertThat(w.firstOpenAtOrAfter(t("2010-11-06T23:59-03:30"))).isEmpty();
    }

    @Test
    void expectedOffsetsAgreeWithTzdata() {
      // guard the hand-written offsets above against a tzdata that disagrees
      assertThat(ZonedDateTime.of(2024, 3, 10, 2, 30, 0, 0, ZoneId.of("America/New_York")).toInstant())
          .isEqualTo(t("2024-03-10T03:30-04:00"));
      assertThat(ZonedDateTime.of(2024, 10, 6, 2, 15, 0, 0, ZoneId.of("Australia/Lord_Howe")).getOffset()
          .getTotalSeconds()).isEqualTo(11 * 3600);
      assertThat(ZoneId.of("Pacific/Chatham").getRules().getOffset(t("2024-01-14T19:15Z")).getTotalSeconds())
          .isEqualTo(13 * 3600 + 45 * 60);
      assertThat(ZoneId.of("Asia/Kathmandu").getRules().getOffset(t("2024-06-03T03:15Z")).getTotalSeconds())
          .isEqualTo(5 * 3600 + 45 * 60);
      assertThat(ZoneId.of("Pacific/Apia").getRules().getOffset(t("2011-12-30T10:00Z")).getTotalSeconds())
          .isEqualTo(14 * 3600);
      assertThat(t("2010-11-07T02:31Z").atZone(ZoneId.of("America/St_Johns")).toLocalDateTime())
          .isEqualTo(java.time.LocalDateTime.of(2010, 11, 6, 23, 1));
      assertThat(t("2010-11-07T02:30:59Z").atZone(ZoneId.of("America/St_Johns")).toLocalDateTime())
          .isEqualTo(java.time.LocalDateTime.of(2010, 11, 7, 0, 0, 59));
    }
  }
}
