package ai.talkover.campaigns.domain.contact;

import ai.talkover.campaigns.domain.internal.input.Vocabulary;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt to call a contact: when, with what outcome, an optional error, and the retry count the
 * API reported.
 *
 * <p>Immutable and thread-safe. The comparison keys of status and error are computed once, so the
 * eligibility engine reads them without allocating.
 */
public final class CallAttempt {

  private final Instant at;
  private final CallStatus status;
  private final String error;
  private final int retries;
  private final CallStatus.Group group;
  private final String statusKey;
  private final String errorKey;

  private CallAttempt(Instant at, CallStatus status, String error, int retries) {
    this.at = Objects.requireNonNull(at, "at");
    this.status = Objects.requireNonNull(status, "status");
    if (retries < 0) {
      throw new IllegalArgumentException("retries: " + retries + " is negative");
    }
    this.error = error;
    this.retries = retries;
    this.statusKey = status.key();
    this.group = CallStatus.groupOf(statusKey);
    this.errorKey = error == null ? null : Vocabulary.key(error);
  }

  /**
   * An attempt without error and with 0 retries.
   *
   * @param at when the attempt was made; not {@code null}
   * @param status its status as written, for example {@code "no-answer"}; not {@code null}
   * @return the attempt
   */
  public static CallAttempt of(Instant at, String status) {
    return new CallAttempt(at, CallStatus.of(status), null, 0);
  }

  /**
   * An attempt with every field.
   *
   * @param at when the attempt was made; not {@code null}
   * @param status its status; not {@code null}
   * @param error its error, for example {@code "invalid_number"}; nullable
   * @param retries the retry count the API reported; not negative
   * @return the attempt
   * @throws IllegalArgumentException when {@code retries} is negative
   */
  public static CallAttempt of(Instant at, CallStatus status, String error, int retries) {
    return new CallAttempt(at, status, error, retries);
  }

  /**
   * When the attempt was made ({@code created_at} for API calls).
   *
   * @return the instant; never {@code null}
   */
  public Instant at() {
    return at;
  }

  /**
   * The attempt's status.
   *
   * @return the status; never {@code null}
   */
  public CallStatus status() {
    return status;
  }

  /**
   * The attempt's error, when it had one.
   *
   * @return the error as written, or empty
   */
  public Optional<String> error() {
    return Optional.ofNullable(error);
  }

  /**
   * The retry count the API reported for this attempt.
   *
   * @return 0 or more
   */
  public int retries() {
    return retries;
  }

  /**
   * The group the rules read the status as, computed once.
   *
   * @return {@code status().group()}
   */
  public CallStatus.Group group() {
    return group;
  }

  /**
   * The comparison key of the status, computed once.
   *
   * @return {@code status().key()}
   */
  public String statusKey() {
    return statusKey;
  }

  /**
   * The comparison key of the error (lower case, dashes as underscores), computed once.
   *
   * @return the key, or empty when the attempt had no error
   */
  public Optional<String> errorKey() {
    return Optional.ofNullable(errorKey);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof CallAttempt other)) {
      return false;
    }
    return retries == other.retries
        && at.equals(other.at)
        && status.equals(other.status)
        && Objects.equals(error, other.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(at, status, error, retries);
  }

  @Override
  public String toString() {
    return "CallAttempt[at=" + at + ", status=" + status + (error == null ? "" : ", error=" + error)
        + ", retries=" + retries + "]";
  }
}
