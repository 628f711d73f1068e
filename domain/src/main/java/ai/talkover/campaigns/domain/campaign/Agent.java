package ai.talkover.campaigns.domain.campaign;

import java.util.Map;

/**
 * The campaign's voice agent, as shown by Get Campaign. Read-only information. Immutable and
 * thread-safe.
 *
 * @param id the agent id; nullable
 * @param name its name; nullable
 * @param label its label; nullable
 * @param unknownFields members of the API's {@code agent} object that this library does not model,
 *     as plain Java values (String, Number, Boolean, List, Map or null); {@code null} is read as
 *     none. Kept as an unmodifiable copy in input order (nested lists and maps are unmodifiable
 *     copies too); never {@code null}
 */
public record Agent(String id, String name, String label, Map<String, Object> unknownFields) {

  /** Copies {@code unknownFields}. */
  public Agent {
    unknownFields = UnknownFields.copyOf(unknownFields);
  }

  /**
   * An agent without unknown members.
   *
   * @param id the agent id; nullable
   * @param name its name; nullable
   * @param label its label; nullable
   */
  public Agent(String id, String name, String label) {
    this(id, name, label, Map.of());
  }
}
