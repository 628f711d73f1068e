package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A delegate whose {@code get} answer the test sets and changes at will, counting every call. A
 * {@link RuntimeException} returned by the script is thrown. Thread-safe.
 */
final class ScriptedQuery implements CampaignQuery {

  private final AtomicInteger calls = new AtomicInteger();
  private final Map<CampaignId, AtomicInteger> callsById = new ConcurrentHashMap<>();
  private volatile Function<CampaignId, Object> script;

  ScriptedQuery(Function<CampaignId, Object> script) {
    this.script = script;
  }

  /** A delegate that answers every id with a campaign named {@code name}. */
  static ScriptedQuery answering(String name) {
    return new ScriptedQuery(id -> Fixtures.campaign(id, name));
  }

  void answer(Function<CampaignId, Object> next) {
    this.script = next;
  }

  void answerWith(String name) {
    answer(id -> Fixtures.campaign(id, name));
  }

  void failWith(Function<CampaignId, ? extends RuntimeException> failure) {
    answer(failure::apply);
  }

  int calls() {
    return calls.get();
  }

  int calls(CampaignId id) {
    AtomicInteger n = callsById.get(id);
    return n == null ? 0 : n.get();
  }

  @Override
  public Campaign get(CampaignId id) {
    calls.incrementAndGet();
    callsById.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
    Object outcome = script.apply(id);
    if (outcome instanceof RuntimeException e) {
      throw e;
    }
    return (Campaign) outcome;
  }

  /** The script answers single reads only: as a list, this delegate holds no campaign. */
  @Override
  public CampaignPage list(CampaignFilter filter) {
    return new CampaignPage(List.of(),
        new Pagination(filter.page(), 1, filter.perPage(), 0, null, null));
  }
}
