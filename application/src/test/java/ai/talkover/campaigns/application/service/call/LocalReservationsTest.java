package ai.talkover.campaigns.application.service.call;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalReservationsTest {

  private static final PhoneNumber N = PhoneNumber.parse("+15550000001");

  @Test
  void secondHolder_isRefused_untilTheFirstReleases() {
    LocalReservations r = new LocalReservations();
    Optional<LocalReservations.Held> first = r.tryReserve(N);

    assertThat(first).isPresent();
    assertThat(r.tryReserve(N)).isEmpty();
    assertThat(r.tryReserve(PhoneNumber.parse("+15550000002"))).isPresent();

    first.get().close();
    assertThat(r.isHeld(N)).isFalse();
    assertThat(r.tryReserve(N)).isPresent();
  }

  @Test
  void closingTwice_doesNotReleaseTheNextHolder() {
    LocalReservations r = new LocalReservations();
    LocalReservations.Held first = r.tryReserve(N).orElseThrow();
    first.close();
    r.tryReserve(N).orElseThrow();

    first.close();

    assertThat(r.isHeld(N)).isTrue();
  }
}
