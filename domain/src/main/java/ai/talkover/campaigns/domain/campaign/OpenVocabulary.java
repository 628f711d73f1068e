package ai.talkover.campaigns.domain.campaign;

import ai.talkover.campaigns.domain.internal.input.Vocabulary;
import java.util.Optional;

/**
 * A word of one of the API's open vocabularies ({@link CampaignStatus}, {@link CampaignType},
 * {@link DncListSource}): kept exactly as the API wrote it, never an error, and read as one of the
 * kinds the docs list when it is one (case-insensitive, {@code -} and {@code _} alike).
 *
 * @param <K> the kinds the docs list
 */
public interface OpenVocabulary<K extends Enum<K>> {

  /**
   * The word as written.
   *
   * @return the word; never {@code null}
   */
  String value();

  /**
   * The kinds the docs list for this vocabulary.
   *
   * @return the enum of the kinds
   */
  Class<K> kinds();

  /**
   * The kind of this word.
   *
   * @return the kind, or empty when the docs do not list the word
   */
  default Optional<K> known() {
    return Vocabulary.lookup(kinds(), value());
  }
}
