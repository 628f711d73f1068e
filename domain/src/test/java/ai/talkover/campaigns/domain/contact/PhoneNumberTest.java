package ai.talkover.campaigns.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(delimiter = '|', value = {
      "+15550000001          | +15550000001",
      "+1 555 000 0001       | +15550000001",
      "+1-555-000-0001       | +15550000001",
      "+1.555.000.0001       | +15550000001",
      "+1 (555) 000-0001     | +15550000001",
      "'  +1 555 000 0001  ' | +15550000001",
      "+(44) 20.7946-0000    | +442079460000",
      "+1234567890           | +1234567890",
      "+1234567              | +1234567",
      "+123456789012345      | +123456789012345",
  })
  void parse_removesSpacesDashesDotsAndParentheses_andKeepsTheShapeOnly(String raw, String e164) {
    assertThat(PhoneNumber.parse(raw).e164()).isEqualTo(e164);
    assertThat(PhoneNumber.tryParse(raw)).contains(new PhoneNumber(e164));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(strings = {
      "15550000001",          // no plus
      "+05550000001",         // first digit 0
      "+123456",              // 6 digits
      "+1234567890123456",    // 16 digits
      "+1 555 000 0001 x2",   // extension letters
      "+1/555/0000001",       // slash is not a separator
      "+1_5550000001",        // underscore is not a separator
      "+1\t5550000001",       // tab is not a space
      "++15550000001",
      "+",
      "",
      "+1555000000a",
      "+１５５５０００００００１", // full-width digits
  })
  void parse_rejectsInvalidNumbers_withTheRawValueInTheMessage(String raw) {
    assertThatThrownBy(() -> PhoneNumber.parse(raw))
        .isInstanceOf(InvalidPhoneNumberException.class)
        .hasMessageContaining("'" + raw + "'")
        .satisfies(e -> assertThat(((InvalidPhoneNumberException) e).raw()).isEqualTo(raw));
    assertThat(PhoneNumber.tryParse(raw)).isEmpty();
  }

  @Test
  void tryParse_null_isEmpty() {
    assertThat(PhoneNumber.tryParse(null)).isEmpty();
  }

  @Test
  void numbersWrittenDifferently_areEqualOnceParsed() {
    assertThat(PhoneNumber.parse("+1 (555) 000-0001"))
        .isEqualTo(PhoneNumber.parse("+15550000001"))
        .hasSameHashCodeAs(PhoneNumber.parse("+1.555.000.0001"));
  }

  @Test
  void constructor_acceptsOnlyTheNormalisedForm() {
    assertThatThrownBy(() -> new PhoneNumber("+1 555 000 0001"))
        .isInstanceOf(InvalidPhoneNumberException.class)
        .hasMessageContaining("+1 555 000 0001");
  }

  @Test
  void compareTo_ordersByNormalisedNumber() {
    assertThat(PhoneNumber.parse("+1 555 000 0002")).isGreaterThan(PhoneNumber.parse("+15550000001"));
  }

  @Test
  void sortKey_ordersNumbersLikeTheirStrings_andIsEqualExactlyForEqualNumbers() {
    Random random = new Random(11);
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      numbers.add(Fixtures.randomNumber(random));
    }
    numbers.addAll(List.of("+1234567", "+12345670", "+123456700", "+1000000", "+1999999",
        "+100000000000000", "+999999999999999", "+1555000001", "+15550000010", "+15550000001"));
    for (int i = 0; i < numbers.size(); i++) {
      String a = numbers.get(i);
      String b = numbers.get(random.nextInt(numbers.size()));
      PhoneNumber x = new PhoneNumber(a);
      PhoneNumber y = new PhoneNumber(b);
      int expected = Integer.signum(a.compareTo(b));
      assertThat(Long.signum(Long.compare(x.sortKey(), y.sortKey()))).as(a + " vs " + b)
          .isEqualTo(expected);
      assertThat(Integer.signum(x.compareTo(y))).as(a + " vs " + b).isEqualTo(expected);
      assertThat(x.equals(y)).as(a + " vs " + b).isEqualTo(a.equals(b));
      assertThat(x.sortKey()).as(a).isPositive();
    }
  }

  @Test
  void sortKey_numbersDifferingOnlyInLength_areDifferentAndOrderedLikeStrings() {
    assertThat(new PhoneNumber("+1555000001").sortKey())
        .isNotEqualTo(new PhoneNumber("+15550000010").sortKey());
    assertThat(new PhoneNumber("+1555000001")).isNotEqualTo(new PhoneNumber("+15550000010"));
    assertThat(new PhoneNumber("+1234567").sortKey())
        .isLessThan(new PhoneNumber("+12345670").sortKey());
    assertThat(new PhoneNumber("+12345670").sortKey())
        .isLessThan(new PhoneNumber("+123456700").sortKey());
    assertThat(new PhoneNumber("+100000000000000").sortKey())
        .isLessThan(new PhoneNumber("+19000000").sortKey());
  }

  @Test
  void aNumber_isAValueOfItsNormalisedForm() {
    PhoneNumber number = PhoneNumber.parse("+44 20 7946 0000");

    assertThat(number.e164()).isEqualTo("+442079460000");
    assertThat(number).hasToString("+442079460000")
        .isEqualTo(new PhoneNumber("+442079460000"))
        .hasSameHashCodeAs("+442079460000")
        .isNotEqualTo("+442079460000")
        .isNotEqualTo(null);
  }

  @Test
  void contactOf_invalidNumber_namesTheRawValue() {
    assertThatThrownBy(() -> Contact.of("call me maybe"))
        .isInstanceOf(InvalidPhoneNumberException.class)
        .hasMessageContaining("call me maybe");
  }
}
