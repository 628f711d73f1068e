package ai.talkover.campaigns.domain.oracle;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A brute-force reading of {@code eligibility-rules.md}, written from the text alone and sharing no
 * code with the library: it parses the raw scenario values itself, reads local dates and times with
 * {@link ZoneRules}, and finds the next eligible instant by checking {@code earliest} and then every
 * whole minute after it.
 *
 * <p>The minute scan is exact because every generated window boundary lies on a whole UTC minute:
 * range times are whole minutes, dates begin at local midnight, and every offset of the generated
 * zones since 1985 is a whole number of minutes. So the window is constant between two consecutive
 * whole minutes, and the first open instant at or after {@code earliest} is either {@code earliest}
 * itself or a whole minute.
 *
 * <p>The library's documented decisions where the spec leaves room are followed: (a) the search
 * covers {@code [earliest, earliest + 400 days]}; (b) {@code last} is the latest {@code at}, ties to
 * the one given last (API calls in {@code calls[]} order, then the caller's attempts); (c) no search
 * and no {@code NO_WINDOW_AVAILABLE} with a permanent block; (d) the lower bounds and the window
 * parts are evaluated at now whatever the blocks, and {@code OUTSIDE_CALL_WINDOW} reads only the day
 * of week and the time of day; (e) "no attempt yet" means an empty history; (f) words compare
 * lower-cased with {@code -} as {@code _}, untrimmed; (g) the custom list counts whenever
 * do-not-call is enabled; (h) an empty {@code call_time_ranges} falls back to
 * {@code earliest_call_time}/{@code latest_call_time}; (i) callable means no permanent block and
 * next equal to now, nanos included.
 */
final class SpecOracle {

  private static final Duration HORIZON = Duration.ofDays(400);

  private static final Set<String> IN_FLIGHT =
      Set.of("queued", "scheduled", "initiated", "ringing", "answered", "in_progress");
  private static final Set<String> COMPLETED = Set.of("completed", "success");

  /** What the rules say. {@code invalidField} is set (and nothing else) when the campaign is invalid. */
  record Verdict(String invalidField, boolean callable, Instant next, Set<String> reasons) {
    static Verdict invalid(String field) {
      return new Verdict(field, false, null, Set.of());
    }
  }

  private SpecOracle() {}

  static String word(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /** The E.164 shape after removing spaces, dashes, dots and parentheses, or null. */
  static String e164(String raw) {
    if (raw == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    for (char c : raw.toCharArray()) {
      if (" -.()".indexOf(c) < 0) {
        kept.append(c);
      }
    }
    String s = kept.toString();
    return s.matches("\\+[1-9][0-9]{6,14}") ? s : null;
  }

  /** The cooldown, in hours, after an attempt of a given status (rule 8). */
  private static long cooldownHours(Scenario s, String status) {
    return cooldownHours(status, s.retryCooldownHours(), s.successCooldownHours(), s.voicemailCooldownHours(),
        s.noAnswerCooldownHours(), s.busyCooldownHours(), s.failedCooldownHours());
  }

  /** Rule 8 on the raw fields: the outcome's own value, else retry_cooldown_hours, else 24. */
  static long cooldownHours(String status, Integer retry, Integer success, Integer voicemail, Integer noAnswer,
      Integer busy, Integer failed) {
    String w = word(status);
    Integer own = null;
    if (COMPLETED.contains(w)) {
      own = success;
    } else if (w.equals("voicemail")) {
      own = voicemail;
    } else if (w.equals("no_answer")) {
      own = noAnswer;
    } else if (w.equals("busy")) {
      own = busy;
    } else if (w.equals("failed")) {
      own = failed;
    }
    if (own != null) {
      return own;
    }
    return retry != null ? retry : 24;
  }

  /** The window of rule 9, read from the raw fields. */
  static final class Window {
    final ZoneRules rules;
    final LocalDate start;
    final LocalDate end;
    final Set<Integer> days;
    final List<LocalTime[]> ranges = new ArrayList<>();

    Window(String zone, List<Integer> days, List<Scenario.Range> callTimeRanges, String earliest, String latest,
        String startDate, String endDate) {
      this.rules = ZoneId.of(zone).getRules();
      this.start = startDate == null ? null : LocalDate.parse(startDate);
      this.end = endDate == null ? null : LocalDate.parse(endDate);
      this.days = new HashSet<>(days);
      if (callTimeRanges != null && !callTimeRanges.isEmpty()) {
        for (Scenario.Range r : callTimeRanges) {
          ranges.add(new LocalTime[] {LocalTime.parse(r.start()), LocalTime.parse(r.end())});
        }
      } else {
        ranges.add(new LocalTime[] {LocalTime.parse(earliest), LocalTime.parse(latest)});
      }
    }

    LocalDateTime local(Instant t) {
      return LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(), rules.getOffset(t));
    }

    boolean dayAndTimeAllowed(LocalDateTime l) {
      if (!days.contains(l.getDayOfWeek().getValue())) {
        return false;
      }
      LocalTime h = l.toLocalTime();
      for (LocalTime[] r : ranges) {
        if (!h.isBefore(r[0]) && h.isBefore(r[1])) {
          return true;
        }
      }
      return false;
    }

    boolean contains(Instant t) {
      LocalDateTime l = local(t);
      LocalDate d = l.toLocalDate();
      if (start != null && d.isBefore(start)) {
        return false;
      }
      if (end != null && d.isAfter(end)) {
        return false;
      }
      return dayAndTimeAllowed(l);
    }

    /**
     * The first instant in {@code [from, limit]} in the window: {@code from} itself, then every whole
     * minute after it. It stops early once the local date is three days past the end date: a
     * {@code ZoneOffset} lies within +-18 h, so the local clock can never go back 36 hours or more,
     * and no later instant can have a local date on or before the end date.
     */
    Instant firstAtOrAfter(Instant from, Instant limit) {
      if (contains(from)) {
        return from;
      }
      long minute = Math.floorDiv(from.getEpochSecond(), 60) + 1;
      for (Instant t = Instant.ofEpochSecond(minute * 60); !t.isAfter(limit); t = t.plusSeconds(60)) {
        if (contains(t)) {
          return t;
        }
        if (end != null && local(t).toLocalDate().isAfter(end.plusDays(2))) {
          return null;
        }
      }
      return null;
    }
  }

  static Verdict decide(Scenario s) {
    LocalDate start = parseDate(s.startDate());
    LocalDate end = parseDate(s.endDate());
    if (start != null && end != null && end.isBefore(start)) {
      return Verdict.invalid("end_date");
    }
    Window window = new Window(s.zone(), s.daysOfWeek(), s.callTimeRanges(), s.earliestCallTime(),
        s.latestCallTime(), s.startDate(), s.endDate());
    Instant now = s.now();
    String number = e164(s.contactNumber());

    // History: calls[] to this number, in API order, then the caller's attempts.
    List<Scenario.Attempt> history = new ArrayList<>();
    for (Scenario.Call c : s.calls()) {
      if (number.equals(e164(c.to()))) {
        history.add(new Scenario.Attempt(OffsetDateTime.parse(c.createdAt()).toInstant(), c.status(), c.error(),
            c.retries() == null ? 0 : c.retries()));
      }
    }
    history.addAll(s.knownAttempts());
    int attempts = history.size();
    Scenario.Attempt last = null;
    for (Scenario.Attempt a : history) {
      attempts = Math.max(attempts, a.retries() + 1);
      if (last == null || a.at().compareTo(last.at()) >= 0) {
        last = a;
      }
    }

    Set<String> reasons = new TreeSet<>();
    // 1
    if (s.status() == null || !word(s.status()).equals("active")) {
      reasons.add("CAMPAIGN_NOT_ACTIVE");
    }
    // 2
    if (Boolean.TRUE.equals(s.doNotCallEnabled())) {
      boolean listed = s.callerList().contains(number);
      for (String entry : s.doNotCallCustomList()) {
        listed |= number.equals(e164(entry));
      }
      if (Boolean.TRUE.equals(s.autoAddToDncEnabled())) {
        Set<String> statuses = new HashSet<>();
        s.autoDncTriggerStatuses().forEach(x -> statuses.add(word(x)));
        Set<String> errors = new HashSet<>();
        s.autoDncTriggerErrors().forEach(x -> errors.add(word(x)));
        for (Scenario.Attempt a : history) {
          listed |= statuses.contains(word(a.status())) || (a.error() != null && errors.contains(word(a.error())));
        }
      }
      if (listed) {
        reasons.add("DO_NOT_CALL");
      }
    }
    // 3, 4
    if (last != null && IN_FLIGHT.contains(word(last.status()))) {
      reasons.add("CALL_IN_PROGRESS");
    }
    if (last != null && COMPLETED.contains(word(last.status())) && !Boolean.TRUE.equals(s.retryOnNoConversion())) {
      reasons.add("CONTACT_COMPLETED");
    }
    // 5
    int maxRetries = s.maxRetries() == null ? 3 : s.maxRetries();
    if (attempts >= 1 + maxRetries) {
      reasons.add("MAX_RETRIES_REACHED");
    }
    // 6
    LocalDateTime localNow = window.local(now);
    if (end != null && localNow.toLocalDate().isAfter(end)) {
      reasons.add("CAMPAIGN_ENDED");
    }
    boolean permanent = !reasons.isEmpty();

    Instant earliest = now;
    // 7
    if (history.isEmpty() && s.enqueuedAt() != null) {
      Instant bound = s.enqueuedAt().plusSeconds(s.initialCallDelay() == null ? 0 : s.initialCallDelay());
      if (now.isBefore(bound)) {
        reasons.add("INITIAL_DELAY");
        earliest = bound.isAfter(earliest) ? bound : earliest;
      }
    }
    // 8
    if (last != null) {
      Instant bound = last.at().plus(Duration.ofHours(cooldownHours(s, last.status())));
      if (now.isBefore(bound)) {
        reasons.add("COOLDOWN");
        earliest = bound.isAfter(earliest) ? bound : earliest;
      }
    }
    // 9, at now
    if (start != null && localNow.toLocalDate().isBefore(start)) {
      reasons.add("BEFORE_START_DATE");
    }
    if (!window.dayAndTimeAllowed(localNow)) {
      reasons.add("OUTSIDE_CALL_WINDOW");
    }
    // 10
    Instant next = null;
    if (!permanent) {
      next = window.firstAtOrAfter(earliest, earliest.plus(HORIZON));
      if (next == null) {
        reasons.add("NO_WINDOW_AVAILABLE");
      }
    }
    // 11
    boolean callable = !permanent && next != null && next.equals(now);
    return new Verdict(null, callable, next, reasons);
  }

  private static LocalDate parseDate(String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw new IllegalStateException("the generator writes valid dates only: " + text, e);
    }
  }
}
