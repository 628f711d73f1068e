package ai.talkover.campaigns.domain.internal.input;

import java.util.Locale;
import java.util.Optional;

/** Helpers for the API's string vocabularies: case-insensitive, {@code -} and {@code _} alike. */
public final class Vocabulary {

  private Vocabulary() {}

  /**
   * The comparison key of a status-like word: lower case, dashes as underscores.
   *
   * @param word the word as written; not {@code null}
   * @return its key
   */
  public static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace('-', '_');
  }

  /**
   * The enum constant whose name matches {@code word} under {@link #key(String)}.
   *
   * @param type the enum type
   * @param word the word; not {@code null}
   * @param <E> the enum
   * @return the constant, or empty for an unknown word
   */
  public static <E extends Enum<E>> Optional<E> lookup(Class<E> type, String word) {
    String key = key(word);
    for (E constant : type.getEnumConstants()) {
      if (constant.name().toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
