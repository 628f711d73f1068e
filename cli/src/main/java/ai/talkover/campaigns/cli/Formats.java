package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Text helpers shared by the commands: times in a zone, relative durations, days in words. */
final class Formats {

  private Formats() {}

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss zzz", Locale.ROOT);
  private static final DateTimeFormatter LOCAL_SHORT =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm zzz", Locale.ROOT);

  /** An instant in a zone, e.g. {@code Mon 2025-03-10 09:00:00 EDT}. */
  static String local(Instant instant, ZoneId zone) {
    return LOCAL.format(instant.atZone(zone));
  }

  /** An instant in a zone without seconds, e.g. {@code Mon 2025-03-10 09:00 EDT}. */
  static String localShort(Instant instant, ZoneId zone) {
    return LOCAL_SHORT.format(instant.atZone(zone));
  }

  /**
   * How far {@code to} is from {@code from}, for a person: {@code now}, {@code in 45 s},
   * {@code in 2 h 15 min}, {@code in 3 d 4 h}.
   */
  static String relative(Instant from, Instant to) {
    Duration d = Duration.between(from, to);
    if (d.isZero() || d.isNegative()) {
      return "now";
    }
    long seconds = d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    long days = seconds / 86_400;
    long hours = seconds % 86_400 / 3_600;
    long minutes = seconds % 3_600 / 60;
    long secs = seconds % 60;
    if (days > 0) {
      return "in " + days + " d" + (hours > 0 ? " " + hours + " h" : "");
    }
    if (hours > 0) {
      return "in " + hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
    }
    if (minutes > 0) {
      return "in " + minutes + " min" + (secs > 0 ? " " + secs + " s" : "");
    }
    return "in " + secs + " s";
  }

  /** The reasons of a decision, comma-separated, or {@code -}. */
  static String reasons(Decision decision) {
    if (decision.reasons().isEmpty()) {
      return "-";
    }
    return decision.reasons().stream().map(Reason::name).collect(Collectors.joining(","));
  }

  /**
   * Days of week in words: {@code every day}, {@code Monday to Friday},
   * {@code Tuesday, Wednesday and Thursday}, {@code Monday to Wednesday and Saturday}.
   */
  static String days(Set<DayOfWeek> days) {
    if (days.size() == 7) {
      return "every day";
    }
    List<String> parts = new ArrayList<>();
    DayOfWeek[] all = DayOfWeek.values();
    int i = 0;
    while (i < 7) {
      if (!days.contains(all[i])) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < 7 && days.contains(all[j + 1])) {
        j++;
      }
      if (j - i >= 2) {
        parts.add(name(all[i]) + " to " + name(all[j]));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(name(all[k]));
        }
      }
      i = j + 1;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
  }

  private static String name(DayOfWeek d) {
    return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  /** Hours as a person writes them: {@code 24 h}, {@code 90 min}. */
  static String hours(Duration d) {
    if (d.toMinutesPart() == 0 && d.toSecondsPart() == 0) {
      return d.toHours() + " h";
    }
    return d.toMinutes() + " min";
  }

  /** Pads or cuts {@code s} to {@code width} columns. */
  static String pad(String s, int width) {
    if (s.length() >= width) {
      return s;
    }
    return s + " ".repeat(width - s.length());
  }
}
