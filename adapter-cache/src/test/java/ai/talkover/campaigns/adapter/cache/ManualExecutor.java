package ai.talkover.campaigns.adapter.cache;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;

/** An executor that queues tasks until the test runs them on its own thread. Not thread-safe. */
final class ManualExecutor implements Executor {

  private final Queue<Runnable> tasks = new ArrayDeque<>();

  @Override
  public synchronized void execute(Runnable task) {
    tasks.add(task);
  }

  synchronized int pending() {
    return tasks.size();
  }

  /** Runs every queued task, including tasks queued while running them. */
  void runAll() {
    Runnable next;
    while ((next = poll()) != null) {
      next.run();
    }
  }

  private synchronized Runnable poll() {
    return tasks.poll();
  }
}
