package ai.talkover.campaigns.application.service.call;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The gate's own attempts per campaign and number, in this process: they bridge the time until the
 * API lists a queued call, and keep an attempt of unknown outcome counting for the hold period.
 * Entries that no longer count are dropped when their number is read or written again. Thread-safe.
 */
final class LocalHistory {

  private record Key(CampaignId campaignId, PhoneNumber number) {}

  private static final Comparator<LocalAttempt> OLDEST_FIRST =
      Comparator.comparing(LocalAttempt::startedAt);

  private final ConcurrentMap<Key, List<LocalAttempt>> entries = new ConcurrentHashMap<>();

  /** Records an attempt, replacing one with the same attempt id (an unknown outcome found placed). */
  void record(CampaignId campaignId, LocalAttempt attempt) {
    entries.compute(new Key(campaignId, attempt.number()), (k, old) -> {
      List<LocalAttempt> next = new ArrayList<>();
      if (old != null) {
        for (LocalAttempt e : old) {
          if (!e.attemptId().equals(attempt.attemptId()) && e.countsAt(attempt.startedAt())) {
            next.add(e);
          }
        }
      }
      next.add(attempt);
      next.sort(OLDEST_FIRST);
      return List.copyOf(next);
    });
  }

  /** The entries of a number that still count at now, oldest first. */
  List<LocalAttempt> entries(CampaignId campaignId, PhoneNumber number, Instant now) {
    List<LocalAttempt> live = entries.computeIfPresent(new Key(campaignId, number), (k, old) -> {
      List<LocalAttempt> next = new ArrayList<>(old.size());
      for (LocalAttempt e : old) {
        if (e.countsAt(now)) {
          next.add(e);
        }
      }
      return next.isEmpty() ? null : List.copyOf(next);
    });
    return live == null ? List.of() : live;
  }

  /**
   * The attempts that count at now and that the campaign does not list yet (an entry whose call id
   * the campaign's {@code calls[]} has is the API's to count).
   */
  List<CallAttempt> unlisted(CampaignId id, Campaign campaign, PhoneNumber number, Instant now) {
    List<LocalAttempt> live = entries(id, number, now);
    if (live.isEmpty()) {
      return List.of();
    }
    Set<String> listed = listedCallIds(campaign, number);
    List<CallAttempt> out = new ArrayList<>(live.size());
    for (LocalAttempt e : live) {
      if (e.callId() == null || !listed.contains(e.callId())) {
        out.add(e.toAttempt());
      }
    }
    return out;
  }

  static Set<String> listedCallIds(Campaign campaign, PhoneNumber number) {
    Set<String> ids = new HashSet<>();
    for (CallRecord r : campaign.calls()) {
      if (r.id() != null && r.number().filter(number::equals).isPresent()) {
        ids.add(r.id());
      }
    }
    return ids;
  }
}
