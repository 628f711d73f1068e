package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One holder per number in this process: a concurrent map from number to its holder's token. A
 * holder releases in a {@code finally}; releasing twice, or after another holder took the number,
 * changes nothing. Thread-safe.
 */
final class LocalReservations {

  /** A held number; closing releases it. */
  static final class Held implements AutoCloseable {
    private final Runnable release;
    private final AtomicBoolean released = new AtomicBoolean();

    private Held(Runnable release) {
      this.release = release;
    }

    @Override
    public void close() {
      if (released.compareAndSet(false, true)) {
        release.run();
      }
    }
  }

  private final ConcurrentMap<PhoneNumber, Object> holders = new ConcurrentHashMap<>();

  /** Takes the number if nobody holds it; never waits. */
  Optional<Held> tryReserve(PhoneNumber number) {
    Object token = new Object();
    if (holders.putIfAbsent(number, token) != null) {
      return Optional.empty();
    }
    return Optional.of(new Held(() -> holders.remove(number, token)));
  }

  boolean isHeld(PhoneNumber number) {
    return holders.containsKey(number);
  }
}
