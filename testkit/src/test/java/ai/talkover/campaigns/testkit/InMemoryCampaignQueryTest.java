package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.application.port.out.ServerErrorException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.json.TalkoverJsonReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InMemoryCampaignQueryTest {

  /** The campaign a builder's object describes, as the wire module reads it. */
  private static Campaign campaign(CampaignJsonBuilder b) {
    return TalkoverJsonReader.standard().readSavedCampaign(b.toJson());
  }

  private static final CampaignId A = CampaignId.of("a");
  private static final CampaignId B = CampaignId.of("b");

  private static Campaign campaign(String id) {
    return campaign(CampaignJsonBuilder.getShape(id));
  }

  private static ServerErrorException serverError(String id) {
    return CampaignQueryException.serverError(new CampaignQueryException.Context(503, id, 1, null, null));
  }

  private static List<String> ids(CampaignPage page) {
    return page.campaigns().stream().map(c -> c.id().value()).collect(Collectors.toList());
  }

  @Test
  void get_storedCampaign_returnsTheSameInstance() {
    Campaign a = campaign("a");
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(a);

    assertThat(q.get(A)).isSameAs(a);
  }

  @Test
  void get_unknownId_throwsNotFoundWithTheContextAnAdapterWouldGive() {
    InMemoryCampaignQuery q = new InMemoryCampaignQuery();

    assertThatThrownBy(() -> q.get(A))
        .isInstanceOfSatisfying(CampaignNotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.campaignId()).contains("a");
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.apiMessage()).contains("Campaign not found");
          assertThat(e.isRetryable()).isFalse();
        });
  }

  @Test
  void remove_makesGetThrowNotFound() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"));

    assertThat(q.remove(A)).isTrue();
    assertThat(q.remove(A)).isFalse();
    assertThatThrownBy(() -> q.get(A)).isInstanceOf(CampaignNotFoundException.class);
  }

  @Test
  void put_sameIdAgain_replacesAndKeepsTheListPosition() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"), campaign("b"));
    Campaign renamed = campaign(CampaignJsonBuilder.getShape("a").with(c -> c.name("Renamed")));

    q.put(renamed);

    assertThat(q.get(A).name()).contains("Renamed");
    assertThat(ids(q.list(CampaignFilter.all()))).containsExactly("a", "b");
  }

  @Test
  void failNext_failsOnceThenServes() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"));
    ServerErrorException failure = serverError("a");

    q.failNext(A, failure);

    assertThatThrownBy(() -> q.get(A)).isSameAs(failure);
    assertThat(q.get(A).id()).isEqualTo(A);
  }

  @Test
  void failNext_severalQueueUpInOrderAndOnlyForThatId() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"), campaign("b"));
    ServerErrorException first = serverError("a");
    ServerErrorException second = serverError("a");
    q.failNext(A, first).failNext(A, second);

    assertThat(q.get(B).id()).isEqualTo(B);
    assertThatThrownBy(() -> q.get(A)).isSameAs(first);
    assertThatThrownBy(() -> q.get(A)).isSameAs(second);
    assertThat(q.get(A).id()).isEqualTo(A);
  }

  @Test
  void failWith_failsEveryCallUntilCleared() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"));
    AtomicInteger made = new AtomicInteger();
    q.failWith(A, () -> {
      made.incrementAndGet();
      return serverError("a");
    });

    assertThatThrownBy(() -> q.get(A)).isInstanceOf(ServerErrorException.class);
    assertThatThrownBy(() -> q.get(A)).isInstanceOf(ServerErrorException.class);
    assertThat(made).hasValue(2);

    q.clearFailures();

    assertThat(q.get(A).id()).isEqualTo(A);
  }

  @Test
  void failNext_comesBeforeFailWith() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"));
    ServerErrorException once = serverError("a");
    q.failWith(A, () -> CampaignQueryException.notFound(
        new CampaignQueryException.Context(404, "a", 1, null, null)));
    q.failNext(A, once);

    assertThatThrownBy(() -> q.get(A)).isSameAs(once);
    assertThatThrownBy(() -> q.get(A)).isInstanceOf(CampaignNotFoundException.class);
  }

  @Test
  void getCount_countsEveryCallPerIdWhateverTheOutcome() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"));
    q.failNext(A, serverError("a"));

    assertThatThrownBy(() -> q.get(A)).isInstanceOf(ServerErrorException.class);
    q.get(A);
    assertThatThrownBy(() -> q.get(B)).isInstanceOf(CampaignNotFoundException.class);

    assertThat(q.getCount(A)).isEqualTo(2);
    assertThat(q.getCount(B)).isEqualTo(1);
    assertThat(q.getCount(CampaignId.of("never"))).isZero();

    q.resetCounts();

    assertThat(q.getCount(A)).isZero();
  }

  @Test
  void getAsync_isCountedLikeGet() throws Exception {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      assertThat(q.getAsync(A, pool).get(10, TimeUnit.SECONDS).id()).isEqualTo(A);
    } finally {
      pool.shutdownNow();
    }

    assertThat(q.getCount(A)).isEqualTo(1);
  }

  @Test
  void list_hasTheServersFiltersAndPagination() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(
        campaign(CampaignJsonBuilder.getShape("a").with(c -> c.status("active").startDate("2024-01-01"))),
        campaign(CampaignJsonBuilder.getShape("b").with(c -> c.status("paused").description("Winter")
            .startDate("2024-02-01"))),
        campaign(CampaignJsonBuilder.getShape("c").with(c -> c.status("active").campaignType("reminder")
            .agentId("x").startDate("2024-03-01"))));

    assertThat(ids(q.list(CampaignFilter.all().withStatus("active")))).containsExactly("a", "c");
    assertThat(ids(q.list(CampaignFilter.all().withCampaignType("reminder")))).containsExactly("c");
    assertThat(ids(q.list(CampaignFilter.all().withAgentId("x")))).containsExactly("c");
    assertThat(ids(q.list(CampaignFilter.all().withSearch("WINTER")))).containsExactly("b");
    assertThat(ids(q.list(CampaignFilter.all().withDates(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 3, 1)))))
        .containsExactly("b", "c");
    CampaignPage p2 = q.list(CampaignFilter.all().withPerPage(2).withPage(2));
    assertThat(ids(p2)).containsExactly("c");
    assertThat(p2.pagination()).isEqualTo(new Pagination(2, 2, 2, 3, 3, 3));
    assertThat(q.listCount()).isEqualTo(6);
  }

  @Test
  void list_undocumentedStatus_failsLikeTheServers422() {
    InMemoryCampaignQuery q = InMemoryCampaignQuery.of(campaign("a"));

    assertThatThrownBy(() -> q.list(CampaignFilter.all().withStatus("running")))
        .isInstanceOfSatisfying(InvalidResponseException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.apiMessage()).contains("The given data was invalid.");
          assertThat(e.bodySnippet().orElseThrow()).contains("The selected status is invalid.");
          assertThat(e.campaignId()).isEmpty();
        });
  }

  @Test
  void concurrentPutsAndGets_neitherLoseNorCorruptCampaigns() throws Exception {
    InMemoryCampaignQuery q = new InMemoryCampaignQuery();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Campaign>> futures = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        String id = "c-" + i;
        Campaign c = campaign(id);
        futures.add(pool.submit(() -> {
          go.await();
          q.put(c);
          return q.get(CampaignId.of(id));
        }));
      }
      go.countDown();
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get(30, TimeUnit.SECONDS).id().value()).isEqualTo("c-" + i);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(q.list(CampaignFilter.all().withPerPage(100)).pagination().total()).isEqualTo(64);
  }

  @Test
  void toString_listsTheIds() {
    assertThat(InMemoryCampaignQuery.of(campaign("a")).toString()).contains("a");
  }
}
