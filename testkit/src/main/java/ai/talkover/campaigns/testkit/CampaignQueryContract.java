package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CampaignStatus;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link CampaignQuery} implementation must have, as a JUnit 5 test class to
 * extend: one subclass per implementation (the in-memory fake, the HTTP adapter against a
 * {@link TalkoverStubServer}, a cache decorator over either).
 *
 * <p>Before each test the contract seeds five campaigns ({@link #seededCampaigns()}: Get-shape
 * {@code data} objects written with {@link CampaignJsonBuilder}, one with an id that needs
 * percent-encoding in a URL path) and asks {@link #createQuery(List)} for a query serving exactly
 * them, listed in that order. After each test it calls {@link #cleanUp()}.
 *
 * <p>Example for an HTTP adapter:
 *
 * <pre>{@code
 * class HttpCampaignQueryContractTest extends CampaignQueryContract {
 *   private TalkoverStubServer server;
 *
 *   protected CampaignQuery createQuery(List<String> campaigns) {
 *     server = TalkoverStubServer.builder().token("t").start();
 *     campaigns.forEach(server::addCampaign);
 *     return myAdapterFor(server.baseUrl(), "t");
 *   }
 *
 *   protected OptionalInt listRequestCount() {
 *     return OptionalInt.of(server.listRequestCount());
 *   }
 *
 *   protected void cleanUp() {
 *     server.close();
 *   }
 * }
 * }</pre>
 *
 * Test and lifecycle methods are public so that subclasses in any package inherit them. Tests
 * use no sleeps and no timing assertions; blocking waits are bounded (30 s) so a broken
 * implementation fails instead of hanging.
 */
public abstract class CampaignQueryContract {

  /** The seeded ids, in list order. */
  protected static final List<String> SEEDED_IDS =
      List.of("contract-1", "contract-2", "contract-3", "contract-4", "contract 5+é");

  private static final long WAIT_SECONDS = 30;

  private CampaignQuery query;

  /** For subclasses. */
  protected CampaignQueryContract() {}

  /**
   * Creates the query under test, serving exactly these campaigns and listing them in this order.
   * Called before each test.
   *
   * @param campaignDataJson Get Campaign {@code data} objects as JSON text, in list order; the
   *     equivalent builders are {@link #seededCampaigns()}
   * @return the query; not {@code null}
   */
  protected abstract CampaignQuery createQuery(List<String> campaignDataJson);

  /** Releases what {@link #createQuery(List)} acquired (a server, a pool). Called after each test. */
  protected void cleanUp() {}

  /**
   * How many List Campaigns pages the query under test has read so far (HTTP list requests for an
   * adapter, {@code list} calls for a fake), when the subclass can observe it. Only the laziness
   * test uses it; without it that test stops (as an aborted assumption) after its stream
   * assertions.
   *
   * @return the count, or empty when unknown (the default)
   */
  protected OptionalInt listRequestCount() {
    return OptionalInt.empty();
  }

  /**
   * The seeded campaigns as builders (fresh copies), in the order given to
   * {@link #createQuery(List)}. A fake-based subclass can read them into campaigns with the wire
   * module's reader ({@code TalkoverJsonReader.standard().readSavedCampaign(builder.toJson())}).
   *
   * @return five builders
   */
  protected final List<CampaignJsonBuilder> seededCampaigns() {
    return ContractCampaigns.seeds();
  }

  /** Seeds the campaigns through {@link #createQuery(List)}; runs before each contract test. */
  @BeforeEach
  public final void seedContractCampaigns() {
    List<String> json = ContractCampaigns.seeds().stream().map(CampaignJsonBuilder::toJson).collect(Collectors.toList());
    query = Objects.requireNonNull(createQuery(List.copyOf(json)), "createQuery returned null");
  }

  /** Calls {@link #cleanUp()}; runs after each contract test. */
  @AfterEach
  public final void cleanUpContract() {
    cleanUp();
  }

  private static CampaignId id(int index) {
    return CampaignId.of(SEEDED_IDS.get(index));
  }

  private static List<String> ids(List<Campaign> campaigns) {
    return campaigns.stream().map(c -> c.id().value()).collect(Collectors.toList());
  }

  private static List<String> ids(Stream<Campaign> campaigns) {
    return campaigns.map(c -> c.id().value()).collect(Collectors.toList());
  }

  // ------------------------------------------------------------------------------------ get

  @Test
  public void get_knownId_returnsSeededCampaign() {
    Campaign c = query.get(id(0));

    assertThat(c.id()).isEqualTo(id(0));
    assertThat(c.name()).contains("Alpha outreach");
    assertThat(c.status()).contains(new CampaignStatus("active"));
    assertThat(c.isActive()).isTrue();
    assertThat(c.window().zone()).isEqualTo(ZoneId.of("America/New_York"));
    assertThat(c.window().days()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    assertThat(c.window().ranges())
        .containsExactly(new TimeRange(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    assertThat(c.calls()).hasSize(2);
  }

  @Test
  public void get_otherKnownId_returnsThatCampaignsOwnValues() {
    Campaign c = query.get(id(3));

    assertThat(c.id()).isEqualTo(id(3));
    assertThat(c.name()).contains("Delta custom");
    assertThat(c.status()).contains(new CampaignStatus("draft"));
    assertThat(c.isActive()).isFalse();
    assertThat(c.window().zone()).isEqualTo(ZoneId.of("America/Sao_Paulo"));
    assertThat(c.window().days())
        .containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
    assertThat(c.window().ranges())
        .containsExactly(new TimeRange(LocalTime.of(13, 0), LocalTime.of(18, 0)));
    assertThat(c.calls()).hasSize(3);
  }

  @Test
  public void get_idNeedingPercentEncoding_returnsThatCampaign() {
    Campaign c = query.get(id(4));

    assertThat(c.id()).isEqualTo(id(4));
    assertThat(c.name()).contains("Epsilon \"quoted\" \\ name");
    assertThat(c.window().zone()).isEqualTo(ZoneId.of("Australia/Sydney"));
  }

  @Test
  public void get_unknownId_throwsCampaignNotFound() {
    assertThatThrownBy(() -> query.get(CampaignId.of("no-such-campaign")))
        .isInstanceOf(CampaignNotFoundException.class);
  }

  @Test
  public void get_repeatedCalls_returnEqualCampaigns() {
    Campaign first = query.get(id(1));
    Campaign second = query.get(id(1));
    Campaign third = query.get(id(1));

    assertThat(first.id()).isEqualTo(id(1));
    assertThat(second).isEqualTo(first);
    assertThat(third).isEqualTo(first);
  }

  @Test
  public void get_concurrentCallsFromSeveralThreads_eachReturnTheAskedCampaign() throws Exception {
    List<Campaign> expected = new ArrayList<>();
    for (int i = 0; i < SEEDED_IDS.size(); i++) {
      expected.add(query.get(id(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Campaign>> futures = new ArrayList<>();
      for (int n = 0; n < 40; n++) {
        CampaignId asked = id(n % SEEDED_IDS.size());
        futures.add(pool.submit(() -> {
          go.await();
          return query.get(asked);
        }));
      }
      go.countDown();
      for (int n = 0; n < futures.size(); n++) {
        assertThat(futures.get(n).get(WAIT_SECONDS, TimeUnit.SECONDS))
            .isEqualTo(expected.get(n % SEEDED_IDS.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void getAsync_knownId_completesWithTheSameCampaign() throws Exception {
    Campaign direct = query.get(id(2));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture<Campaign> future = query.getAsync(id(2), pool);

      assertThat(future.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(direct);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void getAsync_unknownId_completesExceptionallyWithCampaignNotFound() {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      CompletableFuture<Campaign> future = query.getAsync(CampaignId.of("no-such-campaign"), pool);

      assertThatThrownBy(() -> future.get(WAIT_SECONDS, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(CampaignNotFoundException.class);
    } finally {
      pool.shutdownNow();
    }
  }

  // ----------------------------------------------------------------------------------- list

  @Test
  public void list_firstPageOfTwo_returnsTwoItemsAndPagination() {
    CampaignPage page = query.list(CampaignFilter.all().withPerPage(2));

    assertThat(ids(page.campaigns())).containsExactly(SEEDED_IDS.get(0), SEEDED_IDS.get(1));
    assertThat(page.pagination()).isEqualTo(new Pagination(1, 3, 2, 5, 1, 2));
    assertThat(page.pagination().hasNext()).isTrue();
  }

  @Test
  public void list_lastPage_returnsTheRemainder() {
    CampaignPage page = query.list(CampaignFilter.all().withPerPage(2).withPage(3));

    assertThat(ids(page.campaigns())).containsExactly(SEEDED_IDS.get(4));
    assertThat(page.pagination()).isEqualTo(new Pagination(3, 3, 2, 5, 5, 5));
    assertThat(page.pagination().hasNext()).isFalse();
  }

  @Test
  public void list_pageBeyondTheLast_isEmptyWithoutFromAndTo() {
    CampaignPage page = query.list(CampaignFilter.all().withPerPage(2).withPage(4));

    assertThat(page.campaigns()).isEmpty();
    assertThat(page.pagination()).isEqualTo(new Pagination(4, 3, 2, 5, null, null));
  }

  @Test
  public void list_statusFilter_returnsOnlyCampaignsWithThatStatus() {
    CampaignPage page = query.list(CampaignFilter.all().withStatus("active"));

    assertThat(ids(page.campaigns()))
        .containsExactly(SEEDED_IDS.get(0), SEEDED_IDS.get(2), SEEDED_IDS.get(4));
    assertThat(page.campaigns()).allSatisfy(c -> assertThat(c.isActive()).isTrue());
    assertThat(page.pagination().total()).isEqualTo(3);
  }

  @Test
  public void list_searchFilter_matchesNameOrDescriptionIgnoringCase() {
    CampaignPage byName = query.list(CampaignFilter.all().withSearch("gAmMa"));
    CampaignPage byDescription = query.list(CampaignFilter.all().withSearch("spring sales"));

    assertThat(ids(byName.campaigns())).containsExactly(SEEDED_IDS.get(2));
    assertThat(ids(byDescription.campaigns())).containsExactly(SEEDED_IDS.get(0));
  }

  // -------------------------------------------------------------------------------- listAll

  @Test
  public void listAll_overSeveralPages_returnsEveryCampaignOnceInOrder() {
    List<String> all = ids(query.listAll(CampaignFilter.all().withPerPage(2)));

    assertThat(all).containsExactlyElementsOf(SEEDED_IDS);
    assertThat(Set.copyOf(all)).hasSize(SEEDED_IDS.size());
  }

  @Test
  public void listAll_withStatusFilterAndOnePerPage_returnsEachMatchOnce() {
    List<String> active = ids(query.listAll(CampaignFilter.all().withStatus("active").withPerPage(1)));

    assertThat(active).containsExactly(SEEDED_IDS.get(0), SEEDED_IDS.get(2), SEEDED_IDS.get(4));
  }

  @Test
  public void listAll_consumingOnlyTheFirstElement_readsOnlyTheFirstPage() {
    OptionalInt before = listRequestCount();
    Stream<Campaign> stream = query.listAll(CampaignFilter.all().withPerPage(2));
    OptionalInt afterCreate = listRequestCount();
    Iterator<Campaign> it = stream.iterator();
    Campaign first = it.next();
    OptionalInt afterFirst = listRequestCount();
    Campaign second = it.next();
    OptionalInt afterSecond = listRequestCount();
    Campaign third = it.next();
    OptionalInt afterThird = listRequestCount();
    stream.close();

    assertThat(List.of(first.id(), second.id(), third.id())).containsExactly(id(0), id(1), id(2));
    assumeTrue(before.isPresent(),
        "listRequestCount() not provided by this subclass: page reads cannot be observed");
    int base = before.getAsInt();
    assertThat(afterCreate.getAsInt()).as("pages read when the stream is created").isEqualTo(base);
    assertThat(afterFirst.getAsInt()).as("pages read for the first element").isEqualTo(base + 1);
    assertThat(afterSecond.getAsInt()).as("pages read for the second element").isEqualTo(base + 1);
    assertThat(afterThird.getAsInt()).as("pages read for the third element").isEqualTo(base + 2);
  }
}
