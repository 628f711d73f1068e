package ai.talkover.campaigns.adapter.phone;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The zones libphonenumber's real mapper gives, and which numbers count as of unknown zone. */
class LibphonenumberZoneLookupTest {

  private final LibphonenumberZoneLookup lookup = LibphonenumberZoneLookup.create();

  private Set<ZoneId> zonesOf(String number) {
    return lookup.zonesOf(PhoneNumber.parse(number));
  }

  private static Set<ZoneId> zones(String... ids) {
    Set<ZoneId> out = new HashSet<>();
    for (String id : ids) {
      out.add(ZoneId.of(id));
    }
    return out;
  }

  @Test
  void zonesOf_honoluluAreaCode_isHonolulu() {
    assertThat(zonesOf("+1 808 555 0123")).isEqualTo(zones("Pacific/Honolulu"));
  }

  @Test
  void zonesOf_idaho208With5xxExchange_isBoiseAndLosAngeles() {
    assertThat(zonesOf("+12085550123")).isEqualTo(zones("America/Boise", "America/Los_Angeles"));
    assertThat(zonesOf("+12085991234")).isEqualTo(zones("America/Boise", "America/Los_Angeles"));
  }

  @Test
  void zonesOf_geographicNumbers_mapByPrefix() {
    assertThat(zonesOf("+16715550123")).isEqualTo(zones("Pacific/Guam"));
    assertThat(zonesOf("+13055550123")).isEqualTo(zones("America/New_York"));
    assertThat(zonesOf("+14165550123")).isEqualTo(zones("America/Toronto"));
    assertThat(zonesOf("+442079460000")).isEqualTo(zones("Europe/London"));
  }

  @Test
  void zonesOf_tollFree_isUnknown() {
    assertThat(zonesOf("+18005550123")).isEmpty();
    assertThat(zonesOf("+1 (888) 234-5678")).isEmpty();
    assertThat(zonesOf("+80012345678")).isEmpty();
  }

  @Test
  void zonesOf_numbersNoPlanKnows_areUnknown() {
    assertThat(zonesOf("+15550000001")).isEmpty();
    assertThat(zonesOf("+1234567890")).isEmpty();
    assertThat(zonesOf("+882345678901")).isEmpty();
  }

  @Test
  void zonesOf_mobileOfACountryWithoutGeographicMobiles_isEveryZoneOfTheCountry() {
    assertThat(zonesOf("+33612345678")).isEqualTo(zones("Europe/Paris"));
    assertThat(zonesOf("+447911123456")).isEqualTo(zones(
        "Europe/London", "Europe/Guernsey", "Europe/Jersey", "Europe/Isle_of_Man"));
  }

  @Test
  void zonesOf_sameZones_areOneSharedUnmodifiableSet() {
    Set<ZoneId> first = zonesOf("+12085550123");
    Set<ZoneId> second = zonesOf("+12085551234");

    assertThat(second).isSameAs(first);
    assertThat(first).isUnmodifiable();
    assertThat(zonesOf("+18005550123")).isUnmodifiable();
  }

  @Test
  void zonesOf_fromManyThreads_givesTheSameAnswers() throws Exception {
    List<String> numbers = List.of("+18085550123", "+12085550123", "+18005550123", "+16715550123",
        "+447911123456", "+15550000001", "+13055550123", "+19075550123");
    List<Set<ZoneId>> expected = new ArrayList<>();
    LibphonenumberZoneLookup reference = LibphonenumberZoneLookup.create();
    for (String n : numbers) {
      expected.add(reference.zonesOf(PhoneNumber.parse(n)));
    }
    LibphonenumberZoneLookup shared = LibphonenumberZoneLookup.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Set<ZoneId>>>> futures = new ArrayList<>();
      for (int worker = 0; worker < 8; worker++) {
        Callable<List<Set<ZoneId>>> task = () -> {
          List<Set<ZoneId>> out = new ArrayList<>();
          for (int round = 0; round < 200; round++) {
            for (String n : numbers) {
              out.add(shared.zonesOf(PhoneNumber.parse(n)));
            }
          }
          return out;
        };
        futures.add(pool.submit(task));
      }
      for (Future<List<Set<ZoneId>>> f : futures) {
        List<Set<ZoneId>> answers = f.get();
        for (int i = 0; i < answers.size(); i++) {
          assertThat(answers.get(i)).isEqualTo(expected.get(i % numbers.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
