package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.contact.CallStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait after an attempt before the next, by the attempt's outcome (rule 8).
 *
 * <p>Completed waits {@code success_cooldown_hours}, voicemail {@code voicemail_cooldown_hours}, no
 * answer {@code no_answer_cooldown_hours}, busy {@code busy_cooldown_hours}, failed
 * {@code failed_cooldown_hours}; any other status (in flight or unknown) waits
 * {@code retry_cooldown_hours}. A missing per-outcome value falls back to
 * {@code retry_cooldown_hours}, and a missing {@code retry_cooldown_hours} means 24 hours.
 */
public final class CooldownPolicy {

  /** The cooldown when {@code retry_cooldown_hours} is missing. */
  public static final Duration DEFAULT_RETRY_COOLDOWN = Duration.ofHours(24);

  private final Duration retryCooldown;
  private final Map<CallStatus.Group, Duration> perOutcome;
  /** Effective cooldown by group ordinal, fallback applied. */
  private final Duration[] effective;

  private CooldownPolicy(Duration retryCooldown, Map<CallStatus.Group, Duration> perOutcome) {
    this.retryCooldown = Objects.requireNonNull(retryCooldown, "retryCooldown");
    check("retry_cooldown_hours", retryCooldown);
    EnumMap<CallStatus.Group, Duration> copy = new EnumMap<>(CallStatus.Group.class);
    for (Map.Entry<CallStatus.Group, Duration> e : perOutcome.entrySet()) {
      CallStatus.Group group = Objects.requireNonNull(e.getKey(), "group");
      if (group == CallStatus.Group.IN_FLIGHT || group == CallStatus.Group.OTHER) {
        throw new IllegalArgumentException(group + " has no cooldown of its own");
      }
      check(fieldOf(group), Objects.requireNonNull(e.getValue(), "cooldown"));
      copy.put(group, e.getValue());
    }
    this.perOutcome = Collections.unmodifiableMap(copy);
    this.effective = new Duration[CallStatus.Group.values().length];
    for (CallStatus.Group g : CallStatus.Group.values()) {
      effective[g.ordinal()] = copy.getOrDefault(g, retryCooldown);
    }
  }

  /**
   * A policy.
   *
   * @param retryCooldown the fallback cooldown ({@code retry_cooldown_hours}); not negative
   * @param perOutcome cooldowns by outcome group; only {@code COMPLETED}, {@code VOICEMAIL},
   *     {@code NO_ANSWER}, {@code BUSY} and {@code FAILED} may appear; none negative
   * @return the policy
   * @throws IllegalArgumentException on a negative cooldown or a group without its own cooldown
   */
  public static CooldownPolicy of(Duration retryCooldown, Map<CallStatus.Group, Duration> perOutcome) {
    return new CooldownPolicy(retryCooldown, perOutcome);
  }

  /**
   * The policy with the 24-hour fallback and no per-outcome values.
   *
   * @return the default policy
   */
  public static CooldownPolicy defaults() {
    return new CooldownPolicy(DEFAULT_RETRY_COOLDOWN, Map.of());
  }

  private static void check(String field, Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(field + ": " + d.toHours() + " is negative");
    }
  }

  /**
   * The API field that holds the cooldown of an outcome group.
   *
   * @param group the group
   * @return for example {@code no_answer_cooldown_hours}; {@code retry_cooldown_hours} for groups
   *     without a field of their own
   */
  public static String fieldOf(CallStatus.Group group) {
    return switch (group) {
      case COMPLETED -> "success_cooldown_hours";
      case VOICEMAIL -> "voicemail_cooldown_hours";
      case NO_ANSWER -> "no_answer_cooldown_hours";
      case BUSY -> "busy_cooldown_hours";
      case FAILED -> "failed_cooldown_hours";
      case IN_FLIGHT, OTHER -> "retry_cooldown_hours";
    };
  }

  /**
   * The fallback cooldown.
   *
   * @return {@code retry_cooldown_hours}, or 24 hours when the API sent none
   */
  public Duration retryCooldown() {
    return retryCooldown;
  }

  /**
   * The cooldown set for an outcome, without fallback.
   *
   * @param group the outcome group; not {@code null}
   * @return the value the campaign set, or empty
   */
  public Optional<Duration> configured(CallStatus.Group group) {
    return Optional.ofNullable(perOutcome.get(group));
  }

  /**
   * The cooldown after an attempt of an outcome group, fallback applied.
   *
   * @param group the outcome group; not {@code null}
   * @return the cooldown
   */
  public Duration after(CallStatus.Group group) {
    return effective[group.ordinal()];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CooldownPolicy other
        && retryCooldown.equals(other.retryCooldown)
        && perOutcome.equals(other.perOutcome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(retryCooldown, perOutcome);
  }

  @Override
  public String toString() {
    return "CooldownPolicy[retry=" + retryCooldown + ", perOutcome=" + perOutcome + "]";
  }
}
