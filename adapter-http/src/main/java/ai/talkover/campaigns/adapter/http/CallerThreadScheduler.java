package ai.talkover.campaigns.adapter.http;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.Callable;
import java.util.concurrent.Delayed;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Where Resilience4j's retry schedules the next attempt: on the calling thread, after the
 * {@link TalkoverHttpCampaignQuery.Sleeper} has waited the interval. A call's attempts therefore
 * all run on its caller's thread (a blocking HTTP call never occupies a shared scheduler thread,
 * which under load would queue every retry behind a few threads), and tests replace the wait
 * without sleeping. An interrupted wait rejects the task with the interrupt flag set again, which
 * ends the retry with the last failure.
 *
 * <p>Only {@link #schedule(Runnable, long, TimeUnit)} and {@link #execute} are meaningful; periodic
 * scheduling is not supported. Thread-safe (it holds no state but the sleeper).
 */
final class CallerThreadScheduler extends AbstractExecutorService implements ScheduledExecutorService {

  private final TalkoverHttpCampaignQuery.Sleeper sleeper;

  CallerThreadScheduler(TalkoverHttpCampaignQuery.Sleeper sleeper) {
    this.sleeper = sleeper;
  }

  @Override
  public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
    waitFor(delay, unit);
    command.run();
    return Ran.INSTANCE;
  }

  @Override
  public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {
    throw new UnsupportedOperationException("only Runnable tasks are scheduled");
  }

  @Override
  public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period,
      TimeUnit unit) {
    throw new UnsupportedOperationException("periodic tasks are not supported");
  }

  @Override
  public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay,
      TimeUnit unit) {
    throw new UnsupportedOperationException("periodic tasks are not supported");
  }

  @Override
  public void execute(Runnable command) {
    command.run();
  }

  private void waitFor(long delay, TimeUnit unit) {
    try {
      sleeper.sleep(Duration.ofNanos(unit.toNanos(Math.max(0, delay))));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RejectedExecutionException("interrupted while waiting to retry", e);
    }
  }

  @Override
  public void shutdown() {
    // nothing runs in the background
  }

  @Override
  public List<Runnable> shutdownNow() {
    return List.of();
  }

  @Override
  public boolean isShutdown() {
    return false;
  }

  @Override
  public boolean isTerminated() {
    return false;
  }

  @Override
  public boolean awaitTermination(long timeout, TimeUnit unit) {
    return false;
  }

  /** The future of a task that already ran. */
  private static final class Ran implements ScheduledFuture<Object> {
    static final Ran INSTANCE = new Ran();

    @Override
    public long getDelay(TimeUnit unit) {
      return 0;
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(0, other.getDelay(TimeUnit.NANOSECONDS));
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      return false;
    }

    @Override
    public boolean isCancelled() {
      return false;
    }

    @Override
    public boolean isDone() {
      return true;
    }

    @Override
    public Object get() {
      return null;
    }

    @Override
    public Object get(long timeout, TimeUnit unit) {
      return null;
    }
  }
}
