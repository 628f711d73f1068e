package ai.talkover.campaigns.adapter.redis;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fleet's own threads for background refreshes under a won fetch lease. They are apart from the
 * local cache's reload executor on purpose: that executor's reloads call the shared tier and may
 * wait there for the lease holder's value; a holder's refresh queued behind them would be a cycle
 * that only their wait timeout breaks (the fleet simulation showed every reader of a node held for
 * the whole timeout). At most {@link #MAX_THREADS} run at once, with no queue: a refresh that cannot
 * start at once is rejected, and the caller releases the lease for another node.
 */
final class LeaseFetchExecutor {

  static final int MAX_THREADS = 8;

  private LeaseFetchExecutor() {}

  static ExecutorService create() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory threads = r -> {
      Thread t = new Thread(r, "talkover-fleet-refresh-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return new ThreadPoolExecutor(0, MAX_THREADS, 10, TimeUnit.SECONDS, new SynchronousQueue<>(),
        threads);
  }
}
