package ai.talkover.campaigns.adapter.cache;

/**
 * The cache's age rules, decided on each read from a slot's own load time: whether it is fresh,
 * may be served stale while a failed reload backs off, or must be reloaded in the foreground.
 * Caffeine keeps every entry until the maximum staleness (its expire-after-write) and starts
 * refresh-ahead at refresh-after-write; the rules here are what it cannot express (see
 * {@link CachingCampaignQuery}). All times are readings of the cache's ticker, in nanoseconds.
 * Immutable and thread-safe.
 *
 * @param refreshNanos refresh-after-write: refresh-ahead starts, and a failed reload backs off, this long
 * @param expireNanos expire-after-write: past it a value is reloaded before it is served
 * @param maxStalenessNanos past it a value is never served
 * @param notFoundTtlNanos how long a not-found answer is served
 */
record Freshness(long refreshNanos, long expireNanos, long maxStalenessNanos, long notFoundTtlNanos) {

  /** What a read must do with a slot. */
  enum Verdict {
    /** Serve it: a value younger than expire-after-write, or a not-found within its TTL. */
    FRESH,
    /** Serve it stale: older than expire-after-write, but a reload failed less than refresh-after-write ago. */
    STALE,
    /** Reload it in the foreground first (single-flight). */
    DUE
  }

  /**
   * The verdict on a slot at {@code now}.
   *
   * @param slot the slot; nullable (a future Caffeine holds that carries none)
   * @param now the ticker reading
   * @return the verdict
   */
  Verdict verdict(Slot slot, long now) {
    if (slot instanceof Slot.Loaded loaded) {
      long age = loaded.age(now);
      if (age < expireNanos) {
        return Verdict.FRESH;
      }
      return age < maxStalenessNanos && loaded.backingOff(now, refreshNanos) ? Verdict.STALE : Verdict.DUE;
    }
    if (slot instanceof Slot.Missing missing) {
      return now - missing.loadedAt() < notFoundTtlNanos ? Verdict.FRESH : Verdict.DUE;
    }
    return Verdict.DUE;
  }

  /**
   * Whether a value loaded at {@code loadedAt} may still be served when a reload fails.
   *
   * @param loaded the value
   * @param now the ticker reading
   * @return true below the maximum staleness
   */
  boolean withinMaxStaleness(Slot.Loaded loaded, long now) {
    return loaded.age(now) < maxStalenessNanos;
  }
}
