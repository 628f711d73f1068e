package ai.talkover.campaigns.domain;

import ai.talkover.campaigns.domain.Campaign.CallInput;
import ai.talkover.campaigns.domain.Campaign.TimeRangeInput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Shared inputs for the domain tests. Every instant is written with its local offset, by hand. */
final class Fixtures {

  static final String NUMBER = "+15550000001";

  /** Wednesday 5 June 2024, 10:00 in Berlin (CEST, +02:00). */
  static final Instant WED_10_BERLIN = t("2024-06-05T10:00+02:00");

  private Fixtures() {}

  /** An instant written as a local date-time with its offset, for example {@code 2024-06-05T10:00+02:00}. */
  static Instant t(String offsetDateTime) {
    return OffsetDateTime.parse(offsetDateTime).toInstant();
  }

  /** An active campaign in Berlin, Monday to Friday, 09:00-17:00, no cooldown fields, no DNC. */
  static Campaign.Builder berlinWeekdays() {
    return Campaign.builder()
        .id("cmp_1")
        .status("active")
        .timezone("Europe/Berlin")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .callTimeRanges(List.of(new TimeRangeInput("09:00", "17:00")));
  }

  /** An active campaign in a zone, every day, one range. */
  static Campaign.Builder everyDay(String zone, String start, String end) {
    return Campaign.builder()
        .id("cmp_dst")
        .status("active")
        .timezone(zone)
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7))
        .callTimeRanges(List.of(new TimeRangeInput(start, end)));
  }

  static CallInput call(String to, String status, String createdAt) {
    return new CallInput(null, to, status, null, createdAt, null);
  }

  static CallInput call(String to, String status, String createdAt, Integer retries, String error) {
    return new CallInput(null, to, status, retries, createdAt, error);
  }

  static CallAttempt attempt(String at, String status) {
    return CallAttempt.of(t(at), status);
  }

  static CallAttempt attempt(String at, String status, String error, int retries) {
    return CallAttempt.of(t(at), CallStatus.of(status), error, retries);
  }

  static Contact contact() {
    return Contact.of(NUMBER);
  }

  static Contact contact(CallAttempt... known) {
    return Contact.of(NUMBER).withKnownAttempts(List.of(known));
  }

  /** A do-not-call lookup that records every number it is asked about. */
  static final class RecordingLookup implements DoNotCallLookup {
    final List<PhoneNumber> asked = new ArrayList<>();
    private final Predicate<PhoneNumber> listed;

    RecordingLookup(Predicate<PhoneNumber> listed) {
      this.listed = listed;
    }

    static RecordingLookup listing(String... e164) {
      List<String> numbers = List.of(e164);
      return new RecordingLookup(n -> numbers.contains(n.e164()));
    }

    @Override
    public boolean isListed(PhoneNumber number) {
      asked.add(number);
      return listed.test(number);
    }
  }
}
