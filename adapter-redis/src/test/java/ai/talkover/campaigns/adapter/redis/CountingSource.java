package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignWithBody;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The "API" of the shared-tier tests: a campaign's body is its name (version counted per fetch);
 * counts fetches, can fail, and can hold a fetch until the test lets it go.
 */
final class CountingSource implements CampaignBodySource {

  final AtomicInteger fetches = new AtomicInteger();
  final ConcurrentMap<String, AtomicInteger> versions = new ConcurrentHashMap<>();
  final AtomicReference<Supplier<RuntimeException>> failure = new AtomicReference<>();
  final AtomicReference<Runnable> beforeAnswer = new AtomicReference<>(() -> { });

  @Override
  public CampaignWithBody fetch(CampaignId id) {
    fetches.incrementAndGet();
    beforeAnswer.get().run();
    Supplier<RuntimeException> f = failure.get();
    if (f != null) {
      throw f.get();
    }
    int v = versions.computeIfAbsent(id.value(), k -> new AtomicInteger()).incrementAndGet();
    String name = id.value() + " v" + v;
    return new CampaignWithBody(campaign(id.value(), name), name.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public Campaign parse(byte[] body) {
    String name = new String(body, StandardCharsets.UTF_8);
    int space = name.indexOf(' ');
    if (space < 0) {
      throw CampaignQueryException.invalidResponse(
          CampaignQueryException.Context.noResponse(null, 0), "not a test body", null);
    }
    return campaign(name.substring(0, space), name);
  }

  static Campaign campaign(String id, String name) {
    return Campaign.builder().id(id).name(name).status("active").timezone("UTC")
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("00:00", "23:59")))
        .build();
  }
}
