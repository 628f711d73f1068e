package ai.talkover.campaigns.domain.internal.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast reader of the API's instants against {@link OffsetDateTime#parse}: equal instants for
 * every text that parser accepts, a {@link DateTimeException} for every text it rejects, and the
 * fast path taken for the shape the API writes.
 */
class IsoInstantsTest {

  /** What the general parser says: the instant, or the exception's class. */
  private static Object reference(String text) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      return DateTimeException.class;
    }
  }

  private static Object actual(String text) {
    try {
      return IsoInstants.parse(text);
    } catch (DateTimeException e) {
      return DateTimeException.class;
    }
  }

  @Test
  void parse_apiShapeWithZ_isReadByTheFastPath() {
    assertThat(IsoInstants.parseCommon("2026-01-05T14:00:37Z"))
        .isEqualTo(Instant.parse("2026-01-05T14:00:37Z"));
  }

  @Test
  void parse_plusZeroOffset_isReadByTheFastPathAsUtc() {
    assertThat(IsoInstants.parseCommon("2024-06-05T07:30:00+00:00"))
        .isEqualTo(Instant.parse("2024-06-05T07:30:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1", "12", "123", "1234", "12345", "123456", "1234567", "12345678",
      "123456789", "000000001", "900000000", "5", "05", "050"})
  void parse_fractionOfOneToNineDigits_givesTheNanosOfTheGeneralParser(String fraction) {
    String text = "2024-02-29T23:59:59." + fraction + "Z";

    assertThat(IsoInstants.parseCommon(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  @Test
  void parse_fractionOfNineDigits_keepsEveryNano() {
    assertThat(IsoInstants.parse("1970-01-01T00:00:00.000000001Z"))
        .isEqualTo(Instant.ofEpochSecond(0, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-06-05T09:30:00+02:00", "2024-06-05T09:30:00-05:30", "2024-06-05T09:30:00-00:00",
      "2024-06-05T09:30:00+00:00:00", "2024-06-05T09:30:00+01:00:30", "2024-06-05T09:30Z",
      "2024-06-05t09:30:00z", "2024-06-05T09:30:00z", "-0001-01-01T00:00:00Z",
      "+10000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "2024-06-05T09:30:00.Z"})
  void parse_otherShapesTheGeneralParserAccepts_goToItAndGiveItsInstant(String text) {
    assertThat(IsoInstants.parseCommon(text)).isNull();
    assertThat(actual(text)).isEqualTo(reference(text)).isInstanceOf(Instant.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-04-31T00:00:00Z",
      "2024-13-01T00:00:00Z", "2024-00-10T00:00:00Z", "2024-01-00T00:00:00Z",
      "2024-01-32T00:00:00Z", "2024-01-01T24:00:00Z", "2024-01-01T23:60:00Z",
      "2024-01-01T23:59:60Z", "2024-01-01T00:00:00.1234567890Z", "2024-01-01T00:00:00",
      "2024-01-01T00:00:00+0000", "2024-01-01 00:00:00Z", "2024-1-01T00:00:00Z",
      "yesterday", "", "2024-01-01T00:00:00ZZ", "2024-01-01T00:00:00+00:00 ",
      " 2024-01-01T00:00:00Z", "2024-01-01T00:00:00+24:00", "2024-01-01T0a:00:00Z",
      "\u0662\u0660\u0662\u0664-01-01T00:00:00Z", "2024-01-01T00:00:00.+00:00x"})
  void parse_textTheGeneralParserRejects_isRejected(String text) {
    assertThat(IsoInstants.parseCommon(text)).isNull();
    assertThat(reference(text)).isEqualTo(DateTimeException.class);
    assertThatThrownBy(() -> IsoInstants.parse(text)).isInstanceOf(DateTimeException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29T12:00:00Z", "2000-02-29T12:00:00Z", "1600-02-29T12:00:00Z",
      "0000-02-29T12:00:00Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
      "1969-12-31T23:59:59.5Z", "1970-01-01T00:00:00Z", "2100-03-01T00:00:00+00:00"})
  void parse_calendarEdges_matchTheGeneralParserOnTheFastPath(String text) {
    assertThat(IsoInstants.parseCommon(text)).isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  /** Every instant of years 0 to 9999, written as the API does, with 0 to 9 fraction digits. */
  @Property(tries = 2000)
  void parse_anyInstantInTheApiShape_isReadByTheFastPathExactly(
      @ForAll @LongRange(min = -62_167_219_200L, max = 253_402_300_799L) long second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
      @ForAll @IntRange(min = 0, max = 9) int digits,
      @ForAll boolean zulu) {
    Instant at = Instant.ofEpochSecond(second, nano);
    String pattern = "uuuu-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits));
    String text = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(at)
        + (zulu ? "Z" : "+00:00");

    Instant read = IsoInstants.parseCommon(text);

    assertThat(read).isNotNull().isEqualTo(OffsetDateTime.parse(text).toInstant());
  }

  /**
   * Near misses of the API shape: random digits in every field (so out-of-range months, days,
   * hours, minutes and seconds), now and then a wrong separator, a fraction of 0 to 11 digits with
   * or without its point, and one of many offsets. The general parser is the oracle.
   */
  @Property(tries = 5000)
  void parse_nearMissesOfTheApiShape_agreeWithTheGeneralParser(@ForAll long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder();
    sb.append(digits(random, 4)).append(separator(random, '-'))
        .append(random.nextInt(3) == 0 ? digits(random, 2) : pad(1 + random.nextInt(12)))
        .append(separator(random, '-'))
        .append(random.nextInt(3) == 0 ? digits(random, 2) : pad(1 + random.nextInt(31)))
        .append(separator(random, 'T'))
        .append(random.nextInt(3) == 0 ? digits(random, 2) : pad(random.nextInt(25)))
        .append(separator(random, ':'))
        .append(random.nextInt(3) == 0 ? digits(random, 2) : pad(random.nextInt(61)))
        .append(separator(random, ':'))
        .append(random.nextInt(3) == 0 ? digits(random, 2) : pad(random.nextInt(61)));
    int fraction = random.nextInt(13) - 1;
    if (fraction >= 0) {
      sb.append('.').append(digits(random, fraction));
    }
    String[] offsets = {"Z", "Z", "Z", "+00:00", "+00:00", "z", "-00:00", "+01:00", "+00:00:00",
        "", "+0000", "+00", "Z ", "+00:60", "+18:00", "+18:01", "-23:59"};
    sb.append(offsets[random.nextInt(offsets.length)]);
    String text = sb.toString();

    assertThat(actual(text)).as(text).isEqualTo(reference(text));
  }

  private static String digits(Random random, int count) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < count; i++) {
      sb.append((char) ('0' + random.nextInt(10)));
    }
    return sb.toString();
  }

  private static String pad(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  private static char separator(Random random, char expected) {
    if (random.nextInt(25) != 0) {
      return expected;
    }
    return "-:T t/Z"
        .charAt(random.nextInt(7));
  }
}
