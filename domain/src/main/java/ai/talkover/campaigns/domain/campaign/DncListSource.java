package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.internal.input.Vocabulary;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's {@code do_not_call_list_source}; the docs disagree on its values, so every value is
 * kept as written.
 *
 * @param value the source as written; never {@code null}
 */
public record DncListSource(String value) {

  /** The values found in the docs (Create/Update list three, Get lists {@code campaign}). */
  public enum Known {
    ENVIRONMENT,
    GLOBAL,
    CUSTOM,
    CAMPAIGN
  }

  /** Checks that {@code value} is present. */
  public DncListSource {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The known kind of this source.
   *
   * @return the kind, or empty for a value the docs do not list
   */
  public Optional<Known> known() {
    return Vocabulary.lookup(Known.class, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
