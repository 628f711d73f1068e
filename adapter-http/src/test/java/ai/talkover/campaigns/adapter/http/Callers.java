package ai.talkover.campaigns.adapter.http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs N callers on N threads, released together by a latch, and collects what each got: a value
 * or the throwable it threw. No sleeps: the callers wait on the latch, the test on their threads.
 */
final class Callers {

  /** What one caller got. */
  record Outcome(Object value, Throwable failure) {
    boolean succeeded() {
      return failure == null;
    }
  }

  private Callers() {}

  static List<Outcome> run(int n, IntFunction<Object> call) throws InterruptedException {
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    Outcome[] outcomes = new Outcome[n];
    List<Thread> threads = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int index = i;
      Thread t = new Thread(() -> {
        ready.countDown();
        try {
          if (!go.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("not released");
          }
          outcomes[index] = new Outcome(call.apply(index), null);
        } catch (Throwable e) {
          outcomes[index] = new Outcome(null, e);
        }
      }, "caller-" + i);
      threads.add(t);
      t.start();
    }
    if (!ready.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("callers did not start");
    }
    go.countDown();
    for (Thread t : threads) {
      t.join(TimeUnit.SECONDS.toMillis(120));
      if (t.isAlive()) {
        throw new IllegalStateException(t.getName() + " did not finish");
      }
    }
    return List.of(outcomes);
  }
}
