package ai.talkover.campaigns.adapter.cache;

import static ai.talkover.campaigns.adapter.cache.Fixtures.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import org.junit.jupiter.api.Test;

/** {@code getFresh}: the call gate's read past the cache's freshness. */
class FreshReadTest {

  private final FakeTicker ticker = new FakeTicker();
  private final ManualExecutor executor = new ManualExecutor();
  private final ScriptedQuery delegate = ScriptedQuery.answering("v1");
  private final CachingCampaignQuery cache = CachingCampaignQuery.builder(delegate)
      .ticker(ticker)
      .executor(executor)
      .build();

  @Test
  void getFresh_onAFreshEntry_loadsFromTheDelegate_andKeepsTheResult() {
    cache.get(ID);
    delegate.answerWith("v2");

    assertThat(cache.getFresh(ID).name()).contains("v2");
    assertThat(delegate.calls(ID)).isEqualTo(2);
    assertThat(cache.get(ID).name()).as("the fresh read is cached").contains("v2");
    assertThat(delegate.calls(ID)).isEqualTo(2);
  }

  @Test
  void getFresh_whenTheDelegateFails_throws_neverServesTheStaleCopy() {
    cache.get(ID);
    delegate.failWith(id -> CampaignQueryException.network(Context.noResponse(id.value(), 1),
        NetworkException.Kind.RESET, null));

    assertThatThrownBy(() -> cache.getFresh(ID)).isInstanceOf(NetworkException.class);
  }

  @Test
  void getFresh_asksTheDelegatesFreshRead_soATierBehindTheCacheIsPassedToo() {
    ScriptedQuery cachedTier = ScriptedQuery.answering("shared copy");
    CampaignQuery tier = new CampaignQuery() {
      @Override
      public Campaign get(CampaignId id) {
        return cachedTier.get(id);
      }

      @Override
      public Campaign getFresh(CampaignId id) {
        return delegate.get(id);
      }

      @Override
      public CampaignPage list(CampaignFilter filter) {
        throw new UnsupportedOperationException();
      }
    };
    CachingCampaignQuery front = CachingCampaignQuery.builder(tier).ticker(ticker).executor(executor)
        .build();
    delegate.answerWith("from the API");

    assertThat(front.get(ID).name()).contains("shared copy");
    assertThat(front.getFresh(ID).name()).contains("from the API");
    assertThat(front.get(ID).name()).as("the fresh read is what the cache keeps").contains("from the API");
    assertThat(cachedTier.calls(ID)).isEqualTo(1);
  }
}
