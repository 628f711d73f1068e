package ai.talkover.campaigns.domain.compliance;

import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What the recipient policies do when the recipient's time zone is unknown (a toll-free,
 * non-geographic or unknown number): refuse the number ({@link Reason#RECIPIENT_ZONE_UNKNOWN}, a
 * permanent block), or read its local time in a fallback zone chosen by the caller.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnknownZone {

  /** Refuse numbers of unknown zone with {@link Reason#RECIPIENT_ZONE_UNKNOWN}. The default. */
  public static final UnknownZone REFUSE = new UnknownZone(null);

  private final ZoneId fallback;

  private UnknownZone(ZoneId fallback) {
    this.fallback = fallback;
  }

  /**
   * Read the local time of numbers of unknown zone in {@code zone}.
   *
   * @param zone the fallback zone; not {@code null}
   * @return the choice
   */
  public static UnknownZone fallback(ZoneId zone) {
    return new UnknownZone(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Parses the command-line spelling: {@code refuse} (any case), or an IANA zone id used as fallback
   * ({@code --fallback-zone America/Chicago}).
   *
   * @param text the text; not {@code null}
   * @return the choice
   * @throws IllegalArgumentException naming the text when it is neither {@code refuse} nor a zone id
   */
  public static UnknownZone parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim();
    if (t.toLowerCase(Locale.ROOT).equals("refuse")) {
      return REFUSE;
    }
    try {
      return fallback(ZoneId.of(t));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "fallback zone: '" + text + "' is not an IANA time zone id (e.g. America/Chicago)", e);
    }
  }

  /**
   * Whether numbers of unknown zone are refused.
   *
   * @return true for {@link #REFUSE}
   */
  public boolean refuses() {
    return fallback == null;
  }

  /**
   * The fallback zone.
   *
   * @return the zone, or empty when numbers of unknown zone are refused
   */
  public Optional<ZoneId> fallbackZone() {
    return Optional.ofNullable(fallback);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownZone other && Objects.equals(fallback, other.fallback);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(fallback);
  }

  @Override
  public String toString() {
    return fallback == null ? "UnknownZone[refuse]" : "UnknownZone[fallback=" + fallback + "]";
  }
}
