package ai.talkover.campaigns.domain.compliance;

import ai.talkover.campaigns.domain.internal.input.TimesOfDay;
import ai.talkover.campaigns.domain.internal.input.Vocabulary;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * When a recipient may be called, in the recipient's own local time: for each day of week, the allowed
 * ranges (start inclusive, end exclusive; overlapping ranges count as their union). Outside them are the
 * quiet hours of the {@code RECIPIENT_QUIET_HOURS} policy. A day without ranges allows no call.
 *
 * <p>Presets: {@link #TCPA} (US federal, 08:00-21:00 every day), {@link #US_STRICT} (the stricter US
 * states such as Florida, Oklahoma and Maryland, 08:00-20:00 every day) and {@link #CA_CRTC} (Canada,
 * weekdays 09:00-21:30, weekends 10:00-18:00). Which rule binds a given number is the caller's choice;
 * this class does not know the law of each region.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecipientHours {

  /** US TCPA: 08:00-21:00 every day. */
  public static final RecipientHours TCPA = everyDay(List.of(TimeRange.parse("08:00", "21:00")));

  /** US states with stricter hours (Florida, Oklahoma, Maryland): 08:00-20:00 every day. */
  public static final RecipientHours US_STRICT = everyDay(List.of(TimeRange.parse("08:00", "20:00")));

  /** Canada, CRTC Unsolicited Telecommunications Rules: weekdays 09:00-21:30, weekends 10:00-18:00. */
  public static final RecipientHours CA_CRTC = weekdaysAndWeekends(
      List.of(TimeRange.parse("09:00", "21:30")), List.of(TimeRange.parse("10:00", "18:00")));

  private static final String FORMS = "a preset (TCPA, US_STRICT, CA_CRTC) or ranges"
      + " HH:MM-HH:MM[,...], optionally per day type as DAYS=RANGES[;DAYS=RANGES...] with DAYS one of"
      + " daily, weekdays, weekends, mon..sun or a span such as mon-fri";

  private final Map<DayOfWeek, List<TimeRange>> ranges;

  private RecipientHours(Map<DayOfWeek, List<TimeRange>> byDay) {
    EnumMap<DayOfWeek, List<TimeRange>> copy = new EnumMap<>(DayOfWeek.class);
    boolean any = false;
    for (Map.Entry<DayOfWeek, List<TimeRange>> e : byDay.entrySet()) {
      DayOfWeek day = Objects.requireNonNull(e.getKey(), "day");
      List<TimeRange> list = List.copyOf(Objects.requireNonNull(e.getValue(), "ranges of " + day));
      if (!list.isEmpty()) {
        copy.put(day, list);
        any = true;
      }
    }
    if (!any) {
      throw new IllegalArgumentException("recipient hours: no allowed range on any day");
    }
    this.ranges = Collections.unmodifiableMap(copy);
  }

  /**
   * The same ranges every day.
   *
   * @param ranges the allowed ranges; not empty, no {@code null} element
   * @return the hours
   * @throws IllegalArgumentException when {@code ranges} is empty
   */
  public static RecipientHours everyDay(List<TimeRange> ranges) {
    EnumMap<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      map.put(d, ranges);
    }
    return new RecipientHours(map);
  }

  /**
   * One set of ranges Monday to Friday, another Saturday and Sunday.
   *
   * @param weekdays the ranges Monday to Friday; not {@code null}; empty means no call on weekdays
   * @param weekends the ranges Saturday and Sunday; not {@code null}; empty means no call on weekends
   * @return the hours
   * @throws IllegalArgumentException when both are empty
   */
  public static RecipientHours weekdaysAndWeekends(List<TimeRange> weekdays, List<TimeRange> weekends) {
    Objects.requireNonNull(weekdays, "weekdays");
    Objects.requireNonNull(weekends, "weekends");
    EnumMap<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      map.put(d, d.getValue() <= 5 ? weekdays : weekends);
    }
    return new RecipientHours(map);
  }

  /**
   * Ranges per day of week.
   *
   * @param byDay the ranges of each day; a day absent or with an empty list allows no call; not
   *     {@code null}, no {@code null} key, value or range
   * @return the hours
   * @throws IllegalArgumentException when no day has a range
   */
  public static RecipientHours byDay(Map<DayOfWeek, List<TimeRange>> byDay) {
    return new RecipientHours(Objects.requireNonNull(byDay, "byDay"));
  }

  /**
   * Parses the command-line spelling ({@code --recipient-hours}):
   *
   * <ul>
   *   <li>a preset, in any case with {@code -} and {@code _} alike: {@code TCPA}, {@code US_STRICT},
   *       {@code CA_CRTC};
   *   <li>ranges for every day: {@code 08:00-21:00} or {@code 08:00-12:00,13:00-20:00} (times
   *       {@code HH:MM} or {@code HH:MM:SS}, start inclusive, end exclusive);
   *   <li>ranges per day type, parts separated by {@code ;}: {@code weekdays=09:00-21:30;weekends=10:00-18:00}
   *       or {@code mon-sat=08:00-20:00;sun=12:00-18:00}. Day types are {@code daily},
   *       {@code weekdays}, {@code weekends}, a day {@code mon}..{@code sun}, or a span of days such as
   *       {@code mon-fri}. A day named in two parts is an error; a day named in none allows no call.
   * </ul>
   *
   * @param text the text; not {@code null}
   * @return the hours
   * @throws IllegalArgumentException naming the text and the faulty part when it is none of these
   */
  public static RecipientHours parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim();
    RecipientHours preset = switch (Vocabulary.key(t)) {
      case "tcpa" -> TCPA;
      case "us_strict" -> US_STRICT;
      case "ca_crtc" -> CA_CRTC;
      default -> null;
    };
    if (preset != null) {
      return preset;
    }
    if (t.isEmpty()) {
      throw new IllegalArgumentException("recipient hours: '' is not " + FORMS);
    }
    EnumMap<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
    String[] parts = t.split(";", -1);
    for (String rawPart : parts) {
      String part = rawPart.trim();
      int eq = part.indexOf('=');
      List<DayOfWeek> days;
      String rangeText;
      if (eq < 0) {
        if (parts.length > 1) {
          throw new IllegalArgumentException("recipient hours: '" + text + "': part '" + part
              + "' names no days (write DAYS=RANGES when there are several parts)");
        }
        days = List.of(DayOfWeek.values());
        rangeText = part;
      } else {
        days = parseDays(text, part.substring(0, eq).trim());
        rangeText = part.substring(eq + 1).trim();
      }
      List<TimeRange> ranges = parseRanges(text, rangeText);
      for (DayOfWeek d : days) {
        if (map.put(d, ranges) != null) {
          throw new IllegalArgumentException("recipient hours: '" + text + "': "
              + d.name().substring(0, 3).toLowerCase(Locale.ROOT) + " is set twice");
        }
      }
    }
    return new RecipientHours(map);
  }

  private static List<DayOfWeek> parseDays(String text, String days) {
    String key = days.toLowerCase(Locale.ROOT);
    List<DayOfWeek> named = switch (key) {
      case "daily", "everyday" -> List.of(DayOfWeek.values());
      case "weekdays" -> span(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
      case "weekends" -> span(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      default -> null;
    };
    if (named != null) {
      return named;
    }
    int dash = key.indexOf('-');
    DayOfWeek from = day(dash < 0 ? key : key.substring(0, dash));
    DayOfWeek to = dash < 0 ? from : day(key.substring(dash + 1));
    if (from == null || to == null) {
      throw new IllegalArgumentException("recipient hours: '" + text + "': '" + days
          + "' is not daily, weekdays, weekends, a day mon..sun or a span such as mon-fri");
    }
    return span(from, to);
  }

  private static DayOfWeek day(String abbreviation) {
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().substring(0, 3).toLowerCase(Locale.ROOT).equals(abbreviation)) {
        return d;
      }
    }
    return null;
  }

  /** The days from {@code from} to {@code to}, wrapping past Sunday (sat-mon is Sat, Sun, Mon). */
  private static List<DayOfWeek> span(DayOfWeek from, DayOfWeek to) {
    List<DayOfWeek> out = new ArrayList<>(7);
    DayOfWeek d = from;
    out.add(d);
    while (d != to) {
      d = d.plus(1);
      out.add(d);
    }
    return out;
  }

  private static List<TimeRange> parseRanges(String text, String ranges) {
    List<TimeRange> out = new ArrayList<>();
    for (String raw : ranges.split(",", -1)) {
      String r = raw.trim();
      int dash = r.indexOf('-');
      LocalTime start = dash < 0 ? null : TimesOfDay.tryParse(r.substring(0, dash).trim());
      LocalTime end = dash < 0 ? null : TimesOfDay.tryParse(r.substring(dash + 1).trim());
      if (start == null || end == null) {
        throw new IllegalArgumentException("recipient hours: '" + text + "': '" + r
            + "' is not a range HH:MM-HH:MM; the whole value must be " + FORMS);
      }
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("recipient hours: '" + text + "': in '" + r
            + "' the end is not after the start");
      }
      out.add(new TimeRange(start, end));
    }
    return out;
  }

  /**
   * The allowed ranges of a day, as given.
   *
   * @param day the day of week; not {@code null}
   * @return an unmodifiable list; empty when the day allows no call
   */
  public List<TimeRange> rangesOn(DayOfWeek day) {
    return ranges.getOrDefault(Objects.requireNonNull(day, "day"), List.of());
  }

  /**
   * Whether a local day and time are allowed.
   *
   * @param day the local day of week; not {@code null}
   * @param time the local time; not {@code null}
   * @return true when {@code time} lies in one of the day's ranges
   */
  public boolean allows(DayOfWeek day, LocalTime time) {
    for (TimeRange r : rangesOn(day)) {
      if (r.contains(time)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecipientHours other && ranges.equals(other.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  @Override
  public String toString() {
    return "RecipientHours[allowed=" + ranges + "]";
  }
}
