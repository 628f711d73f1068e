package ai.talkover.campaigns.domain.compliance;

import ai.talkover.campaigns.domain.internal.input.Vocabulary;
import java.util.Objects;

/**
 * In which time zone the blackout dates of {@link CompliancePolicies} are read.
 */
public enum BlackoutZone {
  /** The campaign's {@code timezone}: an instant is blacked out when its local date there is listed. */
  CAMPAIGN,
  /**
   * Every zone the recipient's number may be in: an instant is blacked out when its local date in any
   * of them is listed.
   */
  RECIPIENT;

  /**
   * Parses the command-line spelling.
   *
   * @param text {@code campaign} or {@code recipient}, in any case; not {@code null}
   * @return the zone choice
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static BlackoutZone parse(String text) {
    Objects.requireNonNull(text, "text");
    return Vocabulary.lookup(BlackoutZone.class, text.trim())
        .orElseThrow(() -> new IllegalArgumentException(
            "blackout zone: '" + text + "' is not campaign or recipient"));
  }
}
