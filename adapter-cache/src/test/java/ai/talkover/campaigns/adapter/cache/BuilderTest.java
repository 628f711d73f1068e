package ai.talkover.campaigns.adapter.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The builder rejects bad settings with a message naming the setting. */
class BuilderTest {

  private final ScriptedQuery delegate = ScriptedQuery.answering("v1");

  @Test
  void build_refreshNotShorterThanExpiry_isRejected() {
    assertThatThrownBy(() -> CachingCampaignQuery.builder(delegate)
        .refreshAfterWrite(Duration.ofMinutes(5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refreshAfterWrite: PT5M is not shorter than expireAfterWrite PT5M");
  }

  @Test
  void build_maxStalenessShorterThanExpiry_isRejected() {
    assertThatThrownBy(() -> CachingCampaignQuery.builder(delegate)
        .maxStaleness(Duration.ofMinutes(4)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxStaleness: PT4M is shorter than expireAfterWrite PT5M");
  }

  @Test
  void setters_nonPositiveDurations_areRejectedNamingTheSetting() {
    CachingCampaignQuery.Builder b = CachingCampaignQuery.builder(delegate);

    assertThatThrownBy(() -> b.expireAfterWrite(Duration.ZERO))
        .hasMessage("expireAfterWrite: PT0S is not positive");
    assertThatThrownBy(() -> b.refreshAfterWrite(Duration.ofSeconds(-1)))
        .hasMessage("refreshAfterWrite: PT-1S is not positive");
    assertThatThrownBy(() -> b.notFoundTtl(Duration.ZERO))
        .hasMessage("notFoundTtl: PT0S is not positive");
    assertThatThrownBy(() -> b.maxStaleness(null))
        .isInstanceOf(NullPointerException.class).hasMessage("maxStaleness");
    assertThatThrownBy(() -> b.maximumSize(0))
        .hasMessage("maximumSize: 0 is less than 1");
  }

  @Test
  void builder_nullDelegate_isRejected() {
    assertThatThrownBy(() -> CachingCampaignQuery.builder(null))
        .isInstanceOf(NullPointerException.class).hasMessage("delegate");
  }

  @Test
  void toString_showsTheSettingsButNotTheDelegatesState() {
    CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate)
        .expireAfterWrite(Duration.ofMinutes(10)).build();

    assertThat(cache.toString())
        .contains("expireAfterWrite=PT10M", "maxStaleness=PT1H", "delegate=ScriptedQuery");
  }

  @Test
  void cacheStatistics_rejectsImpossibleCounts() {
    assertThatThrownBy(() -> new CacheStatistics(0, 0, 1, 2, 0, 0))
        .hasMessage("loadFailures: 2 is more than loads 1");
    assertThatThrownBy(() -> new CacheStatistics(-1, 0, 0, 0, 0, 0))
        .hasMessage("hits: -1 is negative");
    assertThat(new CacheStatistics(0, 0, 0, 0, 0, 0).hitRate()).isEqualTo(1.0);
  }
}
