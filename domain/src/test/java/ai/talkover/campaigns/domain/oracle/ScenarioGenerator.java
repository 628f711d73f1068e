package ai.talkover.campaigns.domain.oracle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random scenarios concentrated around daylight-saving transitions: a zone, one of its offset
 * transitions since 1985 (read from {@link ZoneRules}), {@code now} a few hours or days from it, and
 * ranges whose ends often sit next to the local times the transition skips or repeats.
 */
final class ScenarioGenerator {

  static final List<String> ZONES = List.of(
      "America/New_York", "Europe/London", "Europe/Berlin", "Australia/Lord_Howe", "Australia/Sydney",
      "Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns", "America/Sao_Paulo", "Asia/Tehran",
      "Africa/Casablanca", "America/Santiago", "Pacific/Auckland", "Asia/Kolkata", "UTC",
      "America/Los_Angeles", "Pacific/Apia", "Antarctica/Troll", "America/Havana", "Europe/Dublin",
      "America/Goose_Bay");

  static final Instant FROM = Instant.parse("1985-01-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2036-01-01T00:00:00Z");
  private static final Map<String, List<ZoneOffsetTransition>> TRANSITIONS = new HashMap<>();

  static {
    for (String zone : ZONES) {
      ZoneRules rules = ZoneId.of(zone).getRules();
      List<ZoneOffsetTransition> list = new ArrayList<>();
      for (ZoneOffsetTransition t = rules.nextTransition(FROM); t != null && t.getInstant().isBefore(TO);
          t = rules.nextTransition(t.getInstant())) {
        list.add(t);
      }
      TRANSITIONS.put(zone, list);
    }
  }

  /** Offset transitions of every zone since 1985, for checks of the oracle's preconditions. */
  static List<ZoneOffsetTransition> transitions(String zone) {
    return TRANSITIONS.get(zone);
  }

  static final List<String> NUMBERS = List.of("+15550000001", "+442079460000", "+9779841000000");
  private static final List<String> INVALID_NUMBERS = List.of(
      "not a number", "+0123456789", "15550000001", "+1 555 000 0001 ext 2", "+15550000001234567", "", "+1/555");
  private static final List<String> STATUSES = List.of(
      "queued", "scheduled", "initiated", "ringing", "answered", "in_progress", "In-Progress",
      "completed", "Success", "voicemail", "VoiceMail", "no_answer", "no-answer", "NO_ANSWER", "busy", "BUSY",
      "failed", "Failed", "canceled", "machine_detected", "opt-out", "no answer", " busy");
  private static final List<String> FINISHED = List.of(
      "voicemail", "VoiceMail", "no_answer", "no-answer", "NO_ANSWER", "busy", "BUSY", "failed", "Failed",
      "canceled", "machine_detected", "opt-out", " busy");
  private static final List<String> ERRORS = List.of(
      "invalid_number", "INVALID-NUMBER", "carrier_blocked", "Carrier-Blocked", "user_hangup", "timeout");
  private static final List<String> CAMPAIGN_STATUSES = List.of(
      "paused", "draft", "completed", "cancelled", "archived", "Active ", "in-active");
  private static final List<String> SOURCES = List.of("environment", "global", "custom", "campaign", "Registry-X");
  private static final List<String> OFFSETS = List.of("+05:30", "-03:00", "+13:45", "+00:00", "-09:30");

  private ScenarioGenerator() {}

  private static <T> T pick(Random r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static int between(Random r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  private static long between(Random r, long lo, long hi) {
    return lo + (long) (r.nextDouble() * (hi - lo + 1));
  }

  private static boolean chance(Random r, double p) {
    return r.nextDouble() < p;
  }

  /** The number written with random spaces, dashes, dots or parentheses. */
  static String written(Random r, String e164) {
    if (chance(r, 0.3)) {
      return e164;
    }
    StringBuilder out = new StringBuilder("+");
    String digits = e164.substring(1);
    boolean parens = chance(r, 0.3);
    for (int i = 0; i < digits.length(); i++) {
      if (parens && i == 1) {
        out.append(" (");
      }
      out.append(digits.charAt(i));
      if (parens && i == 3) {
        out.append(") ");
      } else if (i < digits.length() - 1 && chance(r, 0.25)) {
        out.append(pick(r, List.of(" ", "-", ".", "  ")));
      }
    }
    return out.toString();
  }

  private static String time(Random r, int minuteOfDay) {
    String hhmm = String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    return chance(r, 0.2) ? hhmm + ":00" : hhmm;
  }

  private static int minuteOf(LocalTime t) {
    return t.getHour() * 60 + t.getMinute();
  }

  private static Scenario.Range range(Random r, int[] pivots) {
    int start;
    int kind = r.nextInt(10);
    if (kind < 5) {
      start = pivots[r.nextInt(pivots.length)] + between(r, -90, 90);
    } else if (kind < 7) {
      start = 30 * r.nextInt(48);
    } else {
      start = r.nextInt(1439);
    }
    start = Math.max(0, Math.min(1438, start));
    int length = switch (r.nextInt(3)) {
      case 0 -> between(r, 1, 60);
      case 1 -> between(r, 30, 600);
      default -> between(r, 1, 1439 - start);
    };
    int end = Math.min(1439, start + length);
    return new Scenario.Range(time(r, start), time(r, end));
  }

  private static Instant attemptInstant(Random r, Instant now, List<Instant> earlier) {
    if (!earlier.isEmpty() && chance(r, 0.15)) {
      return pick(r, earlier);
    }
    Instant at = chance(r, 0.1)
        ? now.plusSeconds(between(r, 0L, 3 * 3600L))
        : now.minusSeconds(between(r, 0L, 96 * 3600L));
    if (chance(r, 0.2)) {
      at = at.plusNanos(between(r, 0, 999_999_999));
    }
    return at;
  }

  /** An attempt whose cooldown ends exactly at now. */
  private static Instant endsAtNow(Instant now, String status, Integer retry, Integer[] perOutcome) {
    return now.minus(java.time.Duration.ofHours(SpecOracle.cooldownHours(status, retry, perOutcome[0], perOutcome[1],
        perOutcome[2], perOutcome[3], perOutcome[4])));
  }

  private static String createdAt(Random r, Instant at) {
    if (chance(r, 0.6)) {
      return at.toString();
    }
    return OffsetDateTime.ofInstant(at, ZoneOffset.of(pick(r, OFFSETS))).toString();
  }

  static Scenario generate(Random r) {
    String zone = pick(r, ZONES);
    ZoneRules rules = ZoneId.of(zone).getRules();
    List<ZoneOffsetTransition> transitions = TRANSITIONS.get(zone);

    // now: close to an offset transition of the zone, or anywhere when it has none
    Instant anchorInstant;
    String anchor;
    int[] pivots;
    if (transitions.isEmpty() || chance(r, 0.08)) {
      anchorInstant = Instant.ofEpochSecond(between(r, Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
          Instant.parse("2035-01-01T00:00:00Z").getEpochSecond()));
      anchor = "random " + anchorInstant;
      pivots = new int[] {minuteOf(LocalDateTime.ofInstant(anchorInstant, rules.getOffset(anchorInstant)).toLocalTime())};
    } else {
      ZoneOffsetTransition t = pick(r, transitions);
      anchorInstant = t.getInstant();
      anchor = t.toString();
      pivots = new int[] {minuteOf(t.getDateTimeBefore().toLocalTime()), minuteOf(t.getDateTimeAfter().toLocalTime())};
    }
    long shift = switch (r.nextInt(20)) {
      case 0, 1, 2 -> between(r, -10 * 86_400L, 10 * 86_400L);
      case 3, 4, 5, 6, 7, 8, 9 -> between(r, -72 * 3600L, 72 * 3600L);
      default -> between(r, -6 * 3600L, 6 * 3600L);
    };
    Instant now = anchorInstant.plusSeconds(shift);
    int nanoKind = r.nextInt(10);
    if (nanoKind < 2) {
      now = now.plusNanos(between(r, 1, 999_999_999));
    } else if (nanoKind < 4) {
      now = Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), 60) * 60);
    }
    LocalDateTime localNow = LocalDateTime.ofInstant(now, rules.getOffset(now));
    LocalDate today = localNow.toLocalDate();
    int[] allPivots = new int[pivots.length + 1];
    System.arraycopy(pivots, 0, allPivots, 0, pivots.length);
    allPivots[pivots.length] = minuteOf(localNow.toLocalTime());

    // days: mostly many days, often the transition's day
    List<Integer> days = new ArrayList<>();
    if (chance(r, 0.15)) {
      days.addAll(List.of(1, 2, 3, 4, 5, 6, 7));
    } else {
      for (int d = 1; d <= 7; d++) {
        if (chance(r, 0.6)) {
          days.add(d);
        }
      }
      int anchorDay = LocalDateTime.ofInstant(anchorInstant, rules.getOffset(anchorInstant)).getDayOfWeek().getValue();
      if (!days.contains(anchorDay) && chance(r, 0.5)) {
        days.add(anchorDay);
      }
      if (days.isEmpty()) {
        days.add(localNow.getDayOfWeek().getValue());
      }
      Collections.shuffle(days, r);
      if (chance(r, 0.1)) {
        days.add(days.get(0));
      }
    }

    // ranges: call_time_ranges, or the earliest/latest fallback (also behind an empty list)
    List<Scenario.Range> ranges = null;
    String earliest = null;
    String latest = null;
    int mode = r.nextInt(20);
    if (mode < 15) {
      ranges = new ArrayList<>();
      int n = between(r, 1, 3);
      for (int i = 0; i < n; i++) {
        ranges.add(range(r, allPivots));
      }
      int firstEnd = minuteOf(LocalTime.parse(ranges.get(0).end()));
      if (n > 1 && firstEnd < 1439 && chance(r, 0.25)) {
        // a second range touching the first
        ranges.set(1, new Scenario.Range(ranges.get(0).end(), time(r, Math.min(1439, firstEnd + between(r, 1, 300)))));
      }
      if (chance(r, 0.25)) {
        // a range around now, on today's day of week
        int nowMinute = minuteOf(localNow.toLocalTime());
        // now at the range's start, at its end (outside), or somewhere inside
        int kind = r.nextInt(3);
        int from = kind == 0 ? nowMinute : Math.max(0, nowMinute - between(r, 1, 120));
        int to = kind == 1 ? nowMinute : Math.min(1439, nowMinute + between(r, 1, 240));
        if (to > from) {
          ranges.add(new Scenario.Range(time(r, from), time(r, to)));
          if (!days.contains(localNow.getDayOfWeek().getValue())) {
            days.add(localNow.getDayOfWeek().getValue());
          }
        }
      }
    } else {
      Scenario.Range single = range(r, allPivots);
      earliest = single.start();
      latest = single.end();
      if (mode < 17) {
        ranges = List.of();
      }
    }

    // dates around today; now and then an end date before the start date (invalid)
    String startDate = null;
    String endDate = null;
    LocalDate start = null;
    if (chance(r, 0.25)) {
      start = today.plusDays(between(r, -3, 4));
      startDate = start.toString();
    }
    if (chance(r, 0.3)) {
      LocalDate base = start != null ? start : today.minusDays(2);
      endDate = base.plusDays(between(r, 0, 5)).toString();
    }
    if (start != null && chance(r, 0.03)) {
      endDate = start.minusDays(between(r, 1, 3)).toString();
    }

    String status = chance(r, 0.88) ? pick(r, List.of("active", "active", "ACTIVE", "Active")) : chance(r, 0.15)
        ? null : pick(r, CAMPAIGN_STATUSES);
    Integer initialDelay = chance(r, 0.4) ? null : pick(r, List.of(0, 30, 3600, 7200, between(r, 0, 172_800)));
    Integer maxRetries = chance(r, 0.5) ? null : between(r, 0, 10);
    Integer retry = chance(r, 0.4) ? null : between(r, 0, 48);
    Integer[] perOutcome = new Integer[5];
    for (int i = 0; i < 5; i++) {
      perOutcome[i] = chance(r, 0.5) ? null : between(r, 0, 48);
    }
    Boolean retryOnNoConversion = pick(r, java.util.Arrays.asList(null, true, false));

    // the contact and its history
    String number = pick(r, NUMBERS);
    List<String> others = new ArrayList<>(NUMBERS);
    others.remove(number);
    String contact = written(r, number);

    List<Scenario.Call> calls = new ArrayList<>();
    List<Instant> times = new ArrayList<>();
    int callCount = pick(r, List.of(0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 4));
    for (int i = 0; i < callCount; i++) {
      int toKind = r.nextInt(10);
      String to = toKind < 6 ? written(r, number) : toKind < 8 ? written(r, pick(r, others))
          : chance(r, 0.2) ? null : pick(r, INVALID_NUMBERS);
      String statusOfCall = chance(r, 0.6) ? pick(r, FINISHED) : pick(r, STATUSES);
      Instant at = chance(r, 0.1) ? endsAtNow(now, statusOfCall, retry, perOutcome) : attemptInstant(r, now, times);
      times.add(at);
      Integer retries = chance(r, 0.75) ? null : between(r, 0, 4);
      String error = chance(r, 0.6) ? null : pick(r, ERRORS);
      calls.add(new Scenario.Call(to, statusOfCall, retries, createdAt(r, at), error));
    }
    List<Scenario.Attempt> known = new ArrayList<>();
    int knownCount = pick(r, List.of(0, 0, 0, 0, 0, 0, 0, 1, 1, 2));
    for (int i = 0; i < knownCount; i++) {
      String statusOfAttempt = chance(r, 0.6) ? pick(r, FINISHED) : pick(r, STATUSES);
      Instant at = chance(r, 0.1) ? endsAtNow(now, statusOfAttempt, retry, perOutcome)
          : attemptInstant(r, now, times);
      times.add(at);
      known.add(new Scenario.Attempt(at, statusOfAttempt, chance(r, 0.7) ? null : pick(r, ERRORS),
          chance(r, 0.7) ? 0 : between(r, 0, 3)));
    }
    Instant enqueued = chance(r, 0.4) ? null : initialDelay != null && chance(r, 0.1)
        ? now.minusSeconds(initialDelay) : chance(r, 0.7)
        ? now.plusSeconds(between(r, -12 * 3600L, 600L)) : now.plusSeconds(between(r, -72 * 3600L, 2 * 3600L));

    // do-not-call
    Boolean dncEnabled = pick(r, java.util.Arrays.asList(true, true, null, false));
    String source = chance(r, 0.3) ? null : pick(r, SOURCES);
    List<String> custom = new ArrayList<>();
    int customCount = between(r, 0, 3);
    for (int i = 0; i < customCount; i++) {
      int kind = r.nextInt(10);
      custom.add(kind < 1 ? written(r, number) : kind < 7 ? written(r, pick(r, others)) : pick(r, INVALID_NUMBERS));
    }
    Boolean autoAdd = pick(r, java.util.Arrays.asList(null, true, false));
    List<String> triggerStatuses = new ArrayList<>();
    for (int i = between(r, 0, 2); i > 0; i--) {
      triggerStatuses.add(pick(r, STATUSES));
    }
    List<String> triggerErrors = new ArrayList<>();
    for (int i = between(r, 0, 2); i > 0; i--) {
      triggerErrors.add(pick(r, ERRORS));
    }
    Set<String> callerList = new LinkedHashSet<>();
    if (chance(r, 0.08)) {
      callerList.add(number);
    }
    if (chance(r, 0.4)) {
      callerList.add(pick(r, others));
    }

    return new Scenario(zone, status, days, ranges, earliest, latest, startDate, endDate, initialDelay, maxRetries,
        retry, perOutcome[0], perOutcome[1], perOutcome[2], perOutcome[3], perOutcome[4], retryOnNoConversion,
        dncEnabled, source, custom, autoAdd, triggerStatuses, triggerErrors, calls, contact, known, enqueued,
        callerList, now, anchor);
  }
}
