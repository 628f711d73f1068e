package ai.talkover.campaigns.adapter.cache;

import ai.talkover.campaigns.domain.CampaignId;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * How long Caffeine physically keeps a slot, always measured from the slot's own load time (so that
 * recording a failed reload on a value never extends its life):
 *
 * <ul>
 *   <li>a campaign lives until it is {@code maxStaleness} old: past expire-after-write it is only
 *       served when a reload fails retryably, but it must still be there for that;
 *   <li>a not-found answer lives for {@code notFoundTtl};
 *   <li>a failed load is removed explicitly as soon as its waiters have it; the bound here only
 *       guarantees it never outlives {@code maxStaleness} should that removal lose a race.
 * </ul>
 *
 * <p>Stateless apart from its configuration; thread-safe.
 */
final class SlotExpiry implements Expiry<CampaignId, Slot> {

  private final long maxStalenessNanos;
  private final long notFoundTtlNanos;

  SlotExpiry(long maxStalenessNanos, long notFoundTtlNanos) {
    this.maxStalenessNanos = maxStalenessNanos;
    this.notFoundTtlNanos = notFoundTtlNanos;
  }

  @Override
  public long expireAfterCreate(CampaignId key, Slot slot, long currentTime) {
    return remaining(slot, currentTime);
  }

  @Override
  public long expireAfterUpdate(CampaignId key, Slot slot, long currentTime, long currentDuration) {
    return remaining(slot, currentTime);
  }

  @Override
  public long expireAfterRead(CampaignId key, Slot slot, long currentTime, long currentDuration) {
    return currentDuration;
  }

  long remaining(Slot slot, long now) {
    if (slot instanceof Slot.Loaded loaded) {
      return Math.max(0L, maxStalenessNanos - loaded.age(now));
    }
    if (slot instanceof Slot.Missing missing) {
      return Math.max(0L, notFoundTtlNanos - Math.max(0L, now - missing.loadedAt()));
    }
    return maxStalenessNanos;
  }
}
