package ai.talkover.campaigns.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DoNotCallListTest {

  @Test
  void inMemory_holdsExactlyItsNumbers_whateverTheyWereWrittenAs() {
    DoNotCallList list = DoNotCallList.inMemory(List.of(PhoneNumber.parse("+1 (555) 000-0001"),
        PhoneNumber.parse("+44 20 7946 0000")));

    assertThat(list.contains(PhoneNumber.parse("+15550000001"))).isTrue();
    assertThat(list.contains(PhoneNumber.parse("+1.555.000.0001"))).isTrue();
    assertThat(list.contains(PhoneNumber.parse("+442079460000"))).isTrue();
    assertThat(list.contains(PhoneNumber.parse("+15550000002"))).isFalse();
  }

  @Test
  void inMemory_copiesItsInput() {
    List<PhoneNumber> numbers = new ArrayList<>(List.of(PhoneNumber.parse("+15550000001")));
    DoNotCallList list = DoNotCallList.inMemory(numbers);

    numbers.clear();
    numbers.add(PhoneNumber.parse("+15550000002"));

    assertThat(list.contains(PhoneNumber.parse("+15550000001"))).isTrue();
    assertThat(list.contains(PhoneNumber.parse("+15550000002"))).isFalse();
  }

  @Test
  void inMemory_acceptsDuplicatesAndEmptyLists() {
    PhoneNumber n = PhoneNumber.parse("+15550000001");
    assertThat(DoNotCallList.inMemory(List.of(n, PhoneNumber.parse("+1 555 000 0001"))).contains(n)).isTrue();
    assertThat(DoNotCallList.inMemory(List.of()).contains(n)).isFalse();
  }

  @Test
  void inMemory_rejectsNullInput() {
    assertThatThrownBy(() -> DoNotCallList.inMemory(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DoNotCallList.inMemory(Arrays.asList(PhoneNumber.parse("+15550000001"), null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void empty_holdsNothing() {
    assertThat(DoNotCallList.empty().contains(PhoneNumber.parse("+15550000001"))).isFalse();
  }
}
