package ai.talkover.campaigns.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The default methods of {@link CampaignQuery}: lazy paging and the asynchronous read. */
class CampaignQueryDefaultsTest {

  private static Campaign campaign(String id) {
    return Campaign.builder().id(id).status("active").timezone("UTC").daysOfWeek(List.of(1))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00"))).build();
  }

  private static CampaignPage page(int current, int last, String... ids) {
    List<Campaign> campaigns = new ArrayList<>();
    for (String id : ids) {
      campaigns.add(campaign(id));
    }
    return new CampaignPage(campaigns, new Pagination(current, last, 2, 5, null, null));
  }

  /** A query over fixed pages that records every page it is asked for. */
  private static final class PagedQuery implements CampaignQuery {
    final Map<Integer, CampaignPage> pages;
    final List<Integer> asked = new ArrayList<>();

    PagedQuery(Map<Integer, CampaignPage> pages) {
      this.pages = pages;
    }

    @Override
    public Campaign get(CampaignId id) {
      if (id.value().equals("missing")) {
        throw CampaignQueryException.notFound(new CampaignQueryException.Context(404, "missing", 1, null, null));
      }
      return campaign(id.value());
    }

    @Override
    public CampaignPage list(CampaignFilter filter) {
      asked.add(filter.page());
      CampaignPage page = pages.get(filter.page());
      if (page == null) {
        throw CampaignQueryException.serverError(new CampaignQueryException.Context(500, null, 1, null, null));
      }
      return page;
    }
  }

  @Test
  void listAll_readsPagesLazilyUntilTheLastPage() {
    PagedQuery q = new PagedQuery(Map.of(1, page(1, 3, "a", "b"), 2, page(2, 3, "c", "d"), 3, page(3, 3, "e")));

    Iterator<Campaign> it = q.listAll(CampaignFilter.all()).iterator();

    assertThat(q.asked).isEmpty();
    assertThat(it.next().id().value()).isEqualTo("a");
    assertThat(q.asked).containsExactly(1);
    List<String> rest = new ArrayList<>();
    it.forEachRemaining(c -> rest.add(c.id().value()));
    assertThat(rest).containsExactly("b", "c", "d", "e");
    assertThat(q.asked).containsExactly(1, 2, 3);
  }

  @Test
  void listAll_startsAtTheFilterPage_andStopsOnAnEmptyPage() {
    PagedQuery q = new PagedQuery(Map.of(2, page(2, 9, "c"), 3, page(3, 9)));

    assertThat(q.listAll(CampaignFilter.all().withPage(2)).map(c -> c.id().value())).containsExactly("c");
    assertThat(q.asked).containsExactly(2, 3);
  }

  @Test
  void listAll_failureOnALaterPage_isThrownByTheStreamOperation() {
    PagedQuery q = new PagedQuery(Map.of(1, page(1, 2, "a")));
    Stream<Campaign> all = q.listAll(CampaignFilter.all());

    assertThat(q.asked).isEmpty();
    assertThatThrownBy(all::toList).isInstanceOf(ServerErrorException.class);
  }

  @Test
  void getAsync_completesWithTheCampaign_orExceptionallyWithTheQueryException() {
    PagedQuery q = new PagedQuery(Map.of());

    CompletableFuture<Campaign> ok = q.getAsync(CampaignId.of("cmp_1"), Runnable::run);
    CompletableFuture<Campaign> missing = q.getAsync(CampaignId.of("missing"), Runnable::run);

    assertThat(ok.join().id().value()).isEqualTo("cmp_1");
    assertThatThrownBy(missing::join).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(CampaignNotFoundException.class);
  }

  @Test
  void getFresh_withoutACache_readsAsGetDoes_andInvalidateChangesNothing() {
    PagedQuery q = new PagedQuery(Map.of());

    q.invalidate(CampaignId.of("cmp_1"));

    assertThat(q.getFresh(CampaignId.of("cmp_1")).id().value()).isEqualTo("cmp_1");
    assertThatThrownBy(() -> q.getFresh(CampaignId.of("missing")))
        .isInstanceOf(CampaignNotFoundException.class);
  }
}
