package ai.talkover.campaigns.domain;

import ai.talkover.campaigns.domain.campaign.Campaign.CallInput;
import ai.talkover.campaigns.domain.campaign.Campaign.TimeRangeInput;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.internal.time.LocalHoursSet;
import ai.talkover.campaigns.domain.internal.time.SecondsOfDay;
import ai.talkover.campaigns.domain.internal.time.ZoneTimeline;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

/** Shared inputs for the domain tests. Every instant is written with its local offset, by hand. */
public final class Fixtures {

  public static final String NUMBER = "+15550000001";

  /** Wednesday 5 June 2024, 10:00 in Berlin (CEST, +02:00). */
  public static final Instant WED_10_BERLIN = t("2024-06-05T10:00+02:00");

  private Fixtures() {}

  /** An instant written as a local date-time with its offset, for example {@code 2024-06-05T10:00+02:00}. */
  public static Instant t(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /** An active campaign in Berlin, Monday to Friday, 09:00-17:00, no cooldown fields, no DNC. */
  public static Campaign.Builder berlinWeekdays() {
    return Campaign.builder()
        .id("cmp_1")
        .status("active")
        .timezone("Europe/Berlin")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .callTimeRanges(List.of(new TimeRangeInput("09:00", "17:00")));
  }

  /** An active campaign in a zone, every day, one range. */
  public static Campaign.Builder everyDay(String zone, String start, String end) {
    return Campaign.builder()
        .id("cmp_dst")
        .status("active")
        .timezone(zone)
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7))
        .callTimeRanges(List.of(new TimeRangeInput(start, end)));
  }

  public static CallInput call(String to, String status, String createdAt) {
    return new CallInput(null, to, status, null, createdAt, null);
  }

  public static CallInput call(String to, String status, String createdAt, Integer retries, String error) {
    return new CallInput(null, to, status, retries, createdAt, error);
  }

  public static CallAttempt attempt(String at, String status) {
    return CallAttempt.of(t(at), status);
  }

  public static CallAttempt attempt(String at, String status, String error, int retries) {
    return CallAttempt.of(t(at), CallStatus.of(status), error, retries);
  }

  public static Contact contact() {
    return Contact.of(NUMBER);
  }

  public static Contact contact(CallAttempt... known) {
    return Contact.of(NUMBER).withKnownAttempts(List.of(known));
  }

  /** The recipient hours in one zone as the engine's instant set. */
  public static LocalHoursSet hoursIn(RecipientHours hours, ZoneId zone) {
    int[][] starts = new int[7][];
    int[][] ends = new int[7][];
    for (DayOfWeek d : DayOfWeek.values()) {
      List<int[]> spans = new ArrayList<>();
      for (TimeRange r : hours.rangesOn(d)) {
        spans.add(new int[] {r.start().toSecondOfDay(), r.end().toSecondOfDay()});
      }
      int[][] union = SecondsOfDay.union(spans);
      starts[d.getValue() - 1] = union[0];
      ends[d.getValue() - 1] = union[1];
    }
    return new LocalHoursSet(starts, ends, ZoneTimeline.of(zone));
  }

  /** A do-not-call lookup that records every number it is asked about. */
  public static final class RecordingLookup implements DoNotCallList {
    public final List<PhoneNumber> asked = new ArrayList<>();
    private final Predicate<PhoneNumber> listed;

    public RecordingLookup(Predicate<PhoneNumber> listed) {
      this.listed = listed;
    }

    public static RecordingLookup listing(String... e164) {
      List<String> numbers = List.of(e164);
      return new RecordingLookup(n -> numbers.contains(n.e164()));
    }

    @Override
    public boolean contains(PhoneNumber number) {
      asked.add(number);
      return listed.test(number);
    }
  }

  /** A random valid E.164 number of 7 to 15 digits; short lengths and leading ones are frequent. */
  public static String randomNumber(Random random) {
    int digits = 7 + random.nextInt(9);
    StringBuilder b = new StringBuilder("+").append(1 + random.nextInt(random.nextBoolean() ? 1 : 9));
    for (int i = 1; i < digits; i++) {
      b.append(random.nextInt(random.nextInt(4) == 0 ? 2 : 10));
    }
    return b.toString();
  }
}
