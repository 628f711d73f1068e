package ai.talkover.campaigns.adapter.http;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * One request's race between its progress and its deadline, for {@link Transport}. While it waits
 * for a connection (bounded by the lease timeout, itself bounded by the budget) no alarm exists;
 * once connected it is sent only if time is left, and the alarm armed then on the watchdog cancels
 * the request when the deadline passes. The state moves only on the caller's thread, except for the
 * alarm's cancel.
 */
final class ExchangeDeadline {

  private static final int WAITING = 0;
  private static final int SENDING = 1;
  private static final int EXPIRED_WAITING = 2;
  private static final int EXPIRED_SENDING = 3;

  private final AtomicInteger state = new AtomicInteger(WAITING);
  private final HttpUriRequestBase request;
  private final ScheduledThreadPoolExecutor watchdog;
  private final long deadlineNanos;
  private ScheduledFuture<?> alarm;

  /**
   * A race not started yet.
   *
   * @param request the request the alarm cancels
   * @param watchdog where the alarm is armed
   * @param deadlineNanos the deadline, a {@link System#nanoTime()} reading
   */
  ExchangeDeadline(HttpUriRequestBase request, ScheduledThreadPoolExecutor watchdog,
      long deadlineNanos) {
    this.request = request;
    this.watchdog = watchdog;
    this.deadlineNanos = deadlineNanos;
  }

  /** Called once connected: false (and expired) when no time is left, else armed and sending. */
  boolean startSending() {
    long left = deadlineNanos - System.nanoTime();
    if (left <= 0) {
      state.compareAndSet(WAITING, EXPIRED_WAITING);
      return false;
    }
    state.set(SENDING);
    alarm = watchdog.schedule(this::expire, left, TimeUnit.NANOSECONDS);
    return true;
  }

  private void expire() {
    if (state.compareAndSet(SENDING, EXPIRED_SENDING)) {
      request.cancel();
    }
  }

  /** Whether the deadline ended this exchange: refused unsent, cancelled, or simply passed. */
  boolean expired() {
    return state.get() >= EXPIRED_WAITING || deadlineNanos - System.nanoTime() <= 0;
  }

  /** Whether the request went out (or was cancelled while going out). */
  boolean sent() {
    return state.get() == SENDING || state.get() == EXPIRED_SENDING;
  }

  /** Cancels the alarm, if one was armed. */
  void disarm() {
    if (alarm != null) {
      alarm.cancel(false);
    }
  }

  /** Waits for a fired alarm's cancel to finish, so the connection is back in the pool. */
  void awaitAlarm() {
    if (alarm != null && state.get() == EXPIRED_SENDING) {
      try {
        alarm.get(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException | CancellationException e) {
        // the watchdog's own failure or delay does not change the outcome of the attempt
      }
    }
  }
}
