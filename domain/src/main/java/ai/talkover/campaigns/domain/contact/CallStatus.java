package ai.talkover.campaigns.domain.contact;

import ai.talkover.campaigns.domain.internal.input.Vocabulary;
import java.util.Objects;

/**
 * The status of one call attempt, as written, with the group the rules read it as.
 *
 * <p>Statuses compare case-insensitively with {@code -} and {@code _} alike, so {@code no-answer}
 * and {@code NO_ANSWER} are one status. A status the rules do not know is of group
 * {@link Group#OTHER}, kept as written and never an error.
 *
 * @param value the status as written; never {@code null}
 */
public record CallStatus(String value) {

  /** How the eligibility rules read a status. */
  public enum Group {
    /** {@code queued}, {@code scheduled}, {@code initiated}, {@code ringing}, {@code answered},
     * {@code in_progress}: an attempt is still under way. */
    IN_FLIGHT,
    /** {@code completed}, {@code success}: the call finished with a conversation. */
    COMPLETED,
    /** {@code voicemail}. */
    VOICEMAIL,
    /** {@code no_answer}. */
    NO_ANSWER,
    /** {@code busy}. */
    BUSY,
    /** {@code failed}. */
    FAILED,
    /** Anything else. */
    OTHER
  }

  /** Checks that {@code value} is present. */
  public CallStatus {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The status with the given spelling.
   *
   * @param value the status; not {@code null}
   * @return the status
   */
  public static CallStatus of(String value) {
    return new CallStatus(value);
  }

  /**
   * The comparison key: lower case, dashes as underscores.
   *
   * @return the key, for example {@code no_answer} for {@code No-Answer}
   */
  public String key() {
    return Vocabulary.key(value);
  }

  /**
   * The group the rules read this status as.
   *
   * @return the group; {@link Group#OTHER} for an unknown status
   */
  public Group group() {
    return groupOf(key());
  }

  static Group groupOf(String key) {
    return switch (key) {
      case "queued", "scheduled", "initiated", "ringing", "answered", "in_progress" -> Group.IN_FLIGHT;
      case "completed", "success" -> Group.COMPLETED;
      case "voicemail" -> Group.VOICEMAIL;
      case "no_answer" -> Group.NO_ANSWER;
      case "busy" -> Group.BUSY;
      case "failed" -> Group.FAILED;
      default -> Group.OTHER;
    };
  }

  @Override
  public String toString() {
    return value;
  }
}
