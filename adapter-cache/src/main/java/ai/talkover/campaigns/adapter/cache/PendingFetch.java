package ai.talkover.campaigns.adapter.cache;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A load or a foreground reload that Caffeine holds as the entry's (or the refresh's) future and
 * that the first reader to {@linkplain #claim() claim} it runs, on its own thread or on the executor
 * it names. Every other reader of the entry waits on the same future (single-flight).
 *
 * <p>Why not let Caffeine run the load: {@code AsyncCacheLoader.asyncLoad} and {@code asyncReload}
 * are called inside a map computation, so a loader that blocked on the HTTP call there would hold
 * that map bin (and every unrelated id hashing to it) for the length of the call; a loader that
 * handed the call to a shared executor would queue 200 concurrent cold reads behind its few threads.
 * Returning this unstarted future lets Caffeine own the entry, the single-flight and the
 * replacement of the value, while the caller's thread (and the delegate's own deadline) does the
 * work. It always completes <em>normally</em>, with a {@link Slot}, so Caffeine never logs a load
 * failure and every waiting reader sees the same outcome.
 */
final class PendingFetch extends CompletableFuture<Slot> {

  private final AtomicBoolean claimed = new AtomicBoolean();
  /** Dropped once run: the completed future stays in the cache and must not keep the old slot. */
  private volatile Supplier<Slot> fetch;

  /**
   * An unstarted fetch.
   *
   * @param fetch calls the delegate once and turns the outcome into a slot; never throws
   */
  PendingFetch(Supplier<Slot> fetch) {
    this.fetch = fetch;
  }

  /**
   * Makes the caller the one that runs this fetch.
   *
   * @return true for exactly one caller
   */
  boolean claim() {
    return claimed.compareAndSet(false, true);
  }

  /** Runs the fetch on the calling thread and completes this future with its slot. */
  void run() {
    Slot slot;
    Supplier<Slot> work = fetch;
    fetch = null;
    try {
      slot = work.get();
    } catch (RuntimeException | Error e) {
      complete(new Slot.Failed(e));
      throw e;
    }
    complete(slot);
  }

  /**
   * Runs the fetch on {@code executor}; if the executor refuses, completes with that failure and
   * rethrows it.
   *
   * @param executor where to run the delegate's blocking read
   * @throws RejectedExecutionException when the executor refuses the task
   */
  void runOn(Executor executor) {
    try {
      executor.execute(this::run);
    } catch (RejectedExecutionException e) {
      complete(new Slot.Failed(e));
      throw e;
    }
  }
}
