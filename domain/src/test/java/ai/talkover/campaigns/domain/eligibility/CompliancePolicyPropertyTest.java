package ai.talkover.campaigns.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.compliance.BlackoutZone;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.RecipientZoneLookup;
import ai.talkover.campaigns.domain.compliance.UnknownZone;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.schedule.Interval;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The engine with random compliance policies against a brute-force oracle written from the rules'
 * text: it reads every minute's local date and time with {@code LocalDateTime.ofInstant} in the
 * campaign's zone and in every recipient zone, counts the attempts younger than the cap's period, and
 * takes the first minute that passes window, recipient hours, blackout, cap, cooldown and initial
 * delay. Every input falls on whole minutes (times {@code HH:MM}, modern zone offsets, attempts, delays
 * and periods), so the first eligible minute is the first eligible instant.
 *
 * <p>Zones include 30- and 45-minute offsets, 30-minute DST, negative DST and changes at local midnight;
 * {@code now} is drawn near one of the scenario's offset changes most of the time. Each scenario comes
 * from a seed (printed by jqwik on failure) so that it can be replayed.
 */
class CompliancePolicyPropertyTest {

  private static final long MINUTE = 60;
  /** How far the oracle looks for the next eligible minute. */
  private static final long HORIZON = 6 * 86_400;
  /** How far the calendar check reads intervals. */
  private static final long CALENDAR = 2 * 86_400;

  private static final List<ZoneId> ZONES = List.of(
      ZoneId.of("America/New_York"), ZoneId.of("America/Los_Angeles"), ZoneId.of("America/Boise"),
      ZoneId.of("Pacific/Honolulu"), ZoneId.of("Europe/London"), ZoneId.of("Europe/Dublin"),
      ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Australia/Sydney"),
      ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Chatham"),
      ZoneId.of("America/Santiago"), ZoneId.of("Asia/Beirut"), ZoneId.of("America/Havana"),
      ZoneId.of("Pacific/Guam"), ZoneId.of("UTC"), ZoneId.of("Asia/Tokyo"),
      ZoneId.of("Africa/Casablanca"), ZoneId.of("Pacific/Apia"));

  private static final List<String> STATUSES =
      List.of("no-answer", "busy", "voicemail", "failed", "canceled", "completed");

  private static final PhoneNumber NUMBER = PhoneNumber.parse("+15550000001");

  /** One random case: a campaign, a contact, policies, the recipient's zones and now. */
  private static final class Scenario {
    ZoneId campaignZone;
    Set<DayOfWeek> days;
    List<TimeRange> ranges;
    LocalDate startDate;
    LocalDate endDate;
    boolean active;
    int retryCooldownHours;
    Integer voicemailCooldownHours;
    Integer initialDelayMinutes;
    Instant enqueuedAt;
    List<CallAttempt> attempts = new ArrayList<>();
    int apiAttempts;
    Set<ZoneId> recipientZones;
    RecipientHours hours;
    UnknownZone unknownZone;
    Set<LocalDate> blackoutDates;
    BlackoutZone blackoutZone;
    AttemptCap cap;
    Instant now;

    Campaign campaign() {
      List<Campaign.CallInput> calls = new ArrayList<>();
      for (int i = 0; i < apiAttempts; i++) {
        CallAttempt a = attempts.get(i);
        calls.add(new Campaign.CallInput("c" + i, NUMBER.e164(), a.status().value(), 0,
            a.at().toString(), null));
      }
      List<Integer> isoDays = new ArrayList<>();
      days.forEach(d -> isoDays.add(d.getValue()));
      List<Campaign.TimeRangeInput> rangeInputs = new ArrayList<>();
      ranges.forEach(r -> rangeInputs.add(
          new Campaign.TimeRangeInput(r.start().toString(), r.end().toString())));
      return Campaign.builder()
          .id("cmp_prop")
          .status(active ? "active" : "paused")
          .timezone(campaignZone.getId())
          .daysOfWeek(isoDays)
          .callTimeRanges(rangeInputs)
          .startDate(startDate == null ? null : startDate.toString())
          .endDate(endDate == null ? null : endDate.toString())
          .maxRetries(10)
          .retryOnNoConversion(true)
          .retryCooldownHours(retryCooldownHours)
          .voicemailCooldownHours(voicemailCooldownHours)
          .initialCallDelay(initialDelayMinutes == null ? null : initialDelayMinutes * 60)
          .calls(calls)
          .build();
    }

    Contact contact() {
      return new Contact(NUMBER, enqueuedAt, attempts.subList(apiAttempts, attempts.size()));
    }

    CompliancePolicies policies() {
      CompliancePolicies.Builder b = CompliancePolicies.builder();
      if (hours != null) {
        b.recipientHours(hours);
      }
      if (blackoutDates != null) {
        b.blackoutDates(blackoutDates, blackoutZone);
      }
      if (cap != null) {
        b.attemptCap(cap);
      }
      CompliancePolicies partial = b.build();
      if (partial.readsRecipientZone()) {
        b.unknownZone(unknownZone);
      }
      return b.build();
    }

    @Override
    public String toString() {
      return "Scenario[campaign " + campaignZone + " days=" + days + " ranges=" + ranges + " start="
          + startDate + " end=" + endDate + " active=" + active + " retryCooldown=" + retryCooldownHours
          + "h voicemail=" + voicemailCooldownHours + " delay=" + initialDelayMinutes + "m enqueued="
          + enqueuedAt + " attempts=" + attempts + " (api " + apiAttempts + ") recipient="
          + recipientZones + " hours=" + hours + " unknown=" + unknownZone + " blackout="
          + blackoutDates + " in " + blackoutZone + " cap=" + cap + " now=" + now + "]";
    }
  }

  // ------------------------------------------------------------------ generation

  private static LocalTime minuteOfDay(Random r, int from, int to) {
    return LocalTime.ofSecondOfDay((from + r.nextInt(to - from)) * MINUTE);
  }

  private static List<TimeRange> randomRanges(Random r) {
    List<TimeRange> out = new ArrayList<>();
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      LocalTime start = minuteOfDay(r, 0, 1439);
      int span = 30 + r.nextInt(16 * 60);
      int endMinute = Math.min(1439, start.toSecondOfDay() / 60 + span);
      out.add(new TimeRange(start, LocalTime.ofSecondOfDay(endMinute * MINUTE)));
    }
    return out;
  }

  private static RecipientHours randomHours(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return RecipientHours.TCPA;
      case 1:
        return RecipientHours.US_STRICT;
      case 2:
        return RecipientHours.CA_CRTC;
      case 3:
        return RecipientHours.everyDay(randomRanges(r));
      default:
        Map<DayOfWeek, List<TimeRange>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
          if (r.nextInt(5) > 0) {
            byDay.put(d, randomRanges(r));
          }
        }
        if (byDay.isEmpty()) {
          byDay.put(DayOfWeek.MONDAY, randomRanges(r));
        }
        return RecipientHours.byDay(byDay);
    }
  }

  private static ZoneId zone(Random r) {
    return ZONES.get(r.nextInt(ZONES.size()));
  }

  static Scenario scenario(long seed) {
    Random r = new Random(seed);
    Scenario s = new Scenario();
    s.campaignZone = zone(r);
    s.recipientZones = new LinkedHashSet<>();
    int zoneCount = r.nextInt(10) == 0 ? 0 : 1 + r.nextInt(3);
    for (int i = 0; i < zoneCount; i++) {
      s.recipientZones.add(r.nextInt(3) == 0 ? s.campaignZone : zone(r));
    }

    // now: near an offset change of one of the zones most of the time, else anywhere in 2026-2027.
    List<ZoneId> candidates = new ArrayList<>(s.recipientZones);
    candidates.add(s.campaignZone);
    long base = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond()
        + (long) r.nextInt(2 * 365 * 24 * 60) * MINUTE;
    ZoneOffsetTransition transition = candidates.get(r.nextInt(candidates.size())).getRules()
        .nextTransition(Instant.ofEpochSecond(base));
    long nowSecond = transition != null && r.nextInt(10) < 7
        ? transition.toEpochSecond() + (r.nextInt(72 * 60) - 36 * 60) * MINUTE
        : base;
    s.now = Instant.ofEpochSecond(nowSecond);
    LocalDate today = LocalDateTime.ofInstant(s.now, s.campaignZone).toLocalDate();

    s.days = r.nextBoolean() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.noneOf(DayOfWeek.class);
    while (s.days.isEmpty()) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (r.nextInt(3) > 0) {
          s.days.add(d);
        }
      }
    }
    s.ranges = r.nextInt(4) == 0
        ? List.of(new TimeRange(LocalTime.MIDNIGHT, LocalTime.of(23, 59)))
        : randomRanges(r);
    if (r.nextInt(8) == 0) {
      s.startDate = today.plusDays(r.nextInt(3));
    }
    if (r.nextInt(8) == 0) {
      s.endDate = today.plusDays(r.nextInt(4) - 1);
      if (s.startDate != null && s.endDate.isBefore(s.startDate)) {
        s.endDate = s.startDate;
      }
    }
    s.active = r.nextInt(30) > 0;
    s.retryCooldownHours = r.nextInt(7);
    s.voicemailCooldownHours = r.nextBoolean() ? null : r.nextInt(30);

    int attempts = r.nextInt(5);
    for (int i = 0; i < attempts; i++) {
      Instant at = s.now.minusSeconds((long) r.nextInt(48 * 60) * MINUTE);
      s.attempts.add(CallAttempt.of(at, STATUSES.get(r.nextInt(STATUSES.size()))));
    }
    s.apiAttempts = attempts == 0 ? 0 : r.nextInt(attempts + 1);
    if (r.nextInt(4) == 0) {
      s.enqueuedAt = s.now.minusSeconds((long) r.nextInt(120) * MINUTE);
      s.initialDelayMinutes = r.nextInt(240);
    }

    if (r.nextInt(4) > 0) {
      s.hours = randomHours(r);
    }
    s.unknownZone = r.nextBoolean() ? UnknownZone.REFUSE : UnknownZone.fallback(zone(r));
    if (r.nextInt(5) < 3) {
      s.blackoutDates = new HashSet<>();
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        s.blackoutDates.add(today.plusDays(r.nextInt(6) - 2));
      }
      s.blackoutZone = r.nextBoolean() ? BlackoutZone.CAMPAIGN : BlackoutZone.RECIPIENT;
    }
    if (r.nextInt(5) < 3) {
      s.cap = new AttemptCap(1 + r.nextInt(3), Duration.ofMinutes(30 + r.nextInt(48 * 60)));
    }
    return s;
  }

  // ------------------------------------------------------------------ the oracle

  /** The rules, read literally, minute by minute. */
  private static final class Oracle {
    final Scenario s;
    final CompliancePolicies policies;
    final Set<ZoneId> zones;
    final boolean zoneUnknown;
    final Instant cooldownBound;
    final Instant delayBound;

    Oracle(Scenario s) {
      this.s = s;
      this.policies = s.policies();
      Set<ZoneId> z = s.recipientZones;
      if (z.isEmpty() && policies.unknownZone().fallbackZone().isPresent()) {
        z = Set.of(policies.unknownZone().fallbackZone().get());
      }
      this.zones = z;
      this.zoneUnknown = policies.readsRecipientZone() && zones.isEmpty();
      // last: the latest attempt; of several at one instant, the one listed last (API calls first).
      CallAttempt last = null;
      for (CallAttempt a : s.attempts) {
        if (last == null || !a.at().isBefore(last.at())) {
          last = a;
        }
      }
      this.cooldownBound = last == null ? null : last.at().plus(cooldownOf(last.status().group()));
      this.delayBound = s.attempts.isEmpty() && s.enqueuedAt != null && s.initialDelayMinutes != null
          ? s.enqueuedAt.plusSeconds(s.initialDelayMinutes * MINUTE)
          : null;
    }

    /** Rule 8: the outcome's cooldown, falling back to {@code retry_cooldown_hours}. */
    private Duration cooldownOf(CallStatus.Group group) {
      if (group == CallStatus.Group.VOICEMAIL && s.voicemailCooldownHours != null) {
        return Duration.ofHours(s.voicemailCooldownHours);
      }
      return Duration.ofHours(s.retryCooldownHours);
    }

    boolean permanent(Instant now) {
      return !s.active || zoneUnknown || afterEnd(now);
    }

    private LocalDateTime campaignLocal(Instant t) {
      return LocalDateTime.ofInstant(t, s.campaignZone);
    }

    boolean afterEnd(Instant t) {
      return s.endDate != null && campaignLocal(t).toLocalDate().isAfter(s.endDate);
    }

    boolean beforeStart(Instant t) {
      return s.startDate != null && campaignLocal(t).toLocalDate().isBefore(s.startDate);
    }

    boolean outsideDaysOrTimes(Instant t) {
      LocalDateTime local = campaignLocal(t);
      return !s.days.contains(local.getDayOfWeek())
          || s.ranges.stream().noneMatch(r -> r.contains(local.toLocalTime()));
    }

    boolean inWindow(Instant t) {
      return !beforeStart(t) && !afterEnd(t) && !outsideDaysOrTimes(t);
    }

    boolean quiet(Instant t) {
      if (s.hours == null || zoneUnknown) {
        return false;
      }
      for (ZoneId z : zones) {
        LocalDateTime local = LocalDateTime.ofInstant(t, z);
        if (s.hours.rangesOn(local.getDayOfWeek()).stream()
            .noneMatch(r -> r.contains(local.toLocalTime()))) {
          return true;
        }
      }
      return false;
    }

    boolean blackout(Instant t) {
      if (s.blackoutDates == null) {
        return false;
      }
      if (s.blackoutZone == BlackoutZone.CAMPAIGN) {
        return s.blackoutDates.contains(campaignLocal(t).toLocalDate());
      }
      if (zoneUnknown) {
        return false;
      }
      for (ZoneId z : zones) {
        if (s.blackoutDates.contains(LocalDateTime.ofInstant(t, z).toLocalDate())) {
          return true;
        }
      }
      return false;
    }

    /** Fewer than N attempts are less than the period old (an attempt after t counts too). */
    boolean capReleased(Instant t) {
      if (s.cap == null) {
        return true;
      }
      int young = 0;
      for (CallAttempt a : s.attempts) {
        if (Duration.between(a.at(), t).compareTo(s.cap.period()) < 0) {
          young++;
        }
      }
      return young < s.cap.maxAttempts();
    }

    boolean eligible(Instant t) {
      return !permanent(t)
          && (cooldownBound == null || !t.isBefore(cooldownBound))
          && (delayBound == null || !t.isBefore(delayBound))
          && capReleased(t) && inWindow(t) && !quiet(t) && !blackout(t);
    }

    Instant next() {
      if (permanent(s.now)) {
        return null;
      }
      for (long t = s.now.getEpochSecond(); t <= s.now.getEpochSecond() + HORIZON; t += MINUTE) {
        if (eligible(Instant.ofEpochSecond(t))) {
          return Instant.ofEpochSecond(t);
        }
      }
      return null;
    }

    /** Every reason failing at now, except NO_WINDOW_AVAILABLE (which needs 400 days). */
    Set<Reason> reasonsAtNow() {
      Instant now = s.now;
      EnumSet<Reason> out = EnumSet.noneOf(Reason.class);
      if (!s.active) {
        out.add(Reason.CAMPAIGN_NOT_ACTIVE);
      }
      if (afterEnd(now)) {
        out.add(Reason.CAMPAIGN_ENDED);
      }
      if (zoneUnknown) {
        out.add(Reason.RECIPIENT_ZONE_UNKNOWN);
      }
      if (delayBound != null && now.isBefore(delayBound)) {
        out.add(Reason.INITIAL_DELAY);
      }
      if (cooldownBound != null && now.isBefore(cooldownBound)) {
        out.add(Reason.COOLDOWN);
      }
      if (beforeStart(now)) {
        out.add(Reason.BEFORE_START_DATE);
      }
      if (outsideDaysOrTimes(now)) {
        out.add(Reason.OUTSIDE_CALL_WINDOW);
      }
      if (quiet(now)) {
        out.add(Reason.RECIPIENT_QUIET_HOURS);
      }
      if (blackout(now)) {
        out.add(Reason.BLACKOUT_DATE);
      }
      if (!capReleased(now)) {
        out.add(Reason.ATTEMPT_CAP);
      }
      return out;
    }

    /** The maximal runs of eligible minutes in [now, now + CALENDAR). */
    List<Interval> intervals() {
      List<Interval> out = new ArrayList<>();
      Instant start = null;
      long end = s.now.getEpochSecond() + CALENDAR;
      for (long t = s.now.getEpochSecond(); t < end; t += MINUTE) {
        boolean in = eligible(Instant.ofEpochSecond(t));
        if (in && start == null) {
          start = Instant.ofEpochSecond(t);
        } else if (!in && start != null) {
          out.add(new Interval(start, Instant.ofEpochSecond(t)));
          start = null;
        }
      }
      if (start != null) {
        out.add(new Interval(start, Instant.ofEpochSecond(end)));
      }
      return out;
    }
  }

  private static RecipientZoneLookup lookupOf(Scenario s) {
    Set<ZoneId> zones = Set.copyOf(s.recipientZones);
    return number -> number.equals(NUMBER) ? zones : Set.of();
  }

  // ------------------------------------------------------------------ properties

  @Property(tries = 3000)
  void decide_agreesWithTheMinuteOracle_onCallableNextAndReasons(@ForAll long seed) {
    Scenario s = scenario(seed);
    Oracle oracle = new Oracle(s);
    EligibilityEngine engine = EligibilityEngine.withPolicies(s.policies(), lookupOf(s));

    Decision d = engine.decide(s.campaign(), s.contact(), DoNotCallList.empty(), s.now);

    Instant expected = oracle.next();
    Set<Reason> expectedReasons = oracle.reasonsAtNow();
    Set<Reason> actualReasons = EnumSet.noneOf(Reason.class);
    actualReasons.addAll(d.reasons());
    boolean noWindow = actualReasons.remove(Reason.NO_WINDOW_AVAILABLE);
    String label = expected == null
        ? (oracle.permanent(s.now) ? "blocked" : "none within horizon")
        : expected.equals(s.now) ? "callable" : "later";
    Statistics.label("outcome").collect(label);
    Statistics.label("policies").collect(
        (s.hours != null ? "hours " : "") + (s.blackoutDates != null ? "blackout " : "")
            + (s.cap != null ? "cap" : ""));

    assertThat(actualReasons).as("reasons of %s", s).isEqualTo(expectedReasons);
    if (expected != null) {
      assertThat(d.nextEligibleAt()).as("next of %s", s).contains(expected);
      assertThat(d.callable()).as("callable of %s", s).isEqualTo(expected.equals(s.now));
      assertThat(noWindow).as("NO_WINDOW_AVAILABLE of %s", s).isFalse();
    } else {
      assertThat(d.callable()).as("callable of %s", s).isFalse();
      d.nextEligibleAt().ifPresent(next -> assertThat(next)
          .as("next of %s", s).isAfter(s.now.plusSeconds(HORIZON)));
      assertThat(noWindow).as("NO_WINDOW_AVAILABLE of %s", s)
          .isEqualTo(!oracle.permanent(s.now) && d.nextEligibleAt().isEmpty());
    }
  }

  @Property(tries = 1000)
  void openIntervals_areExactlyTheOraclesEligibleMinutes(@ForAll long seed) {
    Scenario s = scenario(seed);
    Oracle oracle = new Oracle(s);
    EligibilityEngine engine = EligibilityEngine.withPolicies(s.policies(), lookupOf(s));

    List<Interval> intervals = engine.openIntervals(s.campaign(), s.contact(), DoNotCallList.empty(),
        s.now, s.now.plusSeconds(CALENDAR));

    Statistics.label("intervals").collect(Math.min(intervals.size(), 4));
    assertThat(intervals).as("intervals of %s", s).isEqualTo(oracle.intervals());
  }
}
