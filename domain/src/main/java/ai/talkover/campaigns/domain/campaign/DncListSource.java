package ai.talkover.campaigns.domain.campaign;

import java.util.Objects;

/**
 * A campaign's {@code do_not_call_list_source}; the docs disagree on its values, so every value is
 * kept as written.
 *
 * @param value the source as written; never {@code null}
 */
public record DncListSource(String value) implements OpenVocabulary<DncListSource.Known> {

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

  @Override
  public Class<Known> kinds() {
    return Known.class;
  }

  @Override
  public String toString() {
    return value;
  }
}
