package ai.talkover.campaigns.domain.eligibility.internal;

import ai.talkover.campaigns.domain.internal.time.WindowSet;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import java.time.Instant;

/**
 * What a plan computes once for all its decisions, which share {@code now}: the window's flags at
 * now, its first open second from now, and the instants of the seconds the window opens at (rows
 * often share them). A fast path of the planner; used by one thread, for one plan.
 */
public final class PlanMemo {

  private static final long UNKNOWN = Long.MIN_VALUE;
  private static final long HORIZON_SECONDS = CallWindow.SEARCH_HORIZON.getSeconds();

  /** {@link WindowSet#flagsAt} of the window at now. */
  public final int windowFlags;
  private long openFromNow = UNKNOWN;
  private final Instant[] instants = new Instant[64];

  /**
   * The memo of one plan.
   *
   * @param window the campaign's window
   * @param nowSecond the epoch second of now
   */
  public PlanMemo(WindowSet window, long nowSecond) {
    this.windowFlags = window.flagsAt(nowSecond);
  }

  /**
   * The window's first open second from now, within the search horizon, computed once.
   *
   * @param window the campaign's window, the one the memo was made for
   * @param nowSecond the epoch second of now
   * @return the second, or {@link ai.talkover.campaigns.domain.internal.time.InstantSet#NONE}
   */
  public long openFromNow(WindowSet window, long nowSecond) {
    if (openFromNow == UNKNOWN) {
      openFromNow = window.nextOpenSecond(nowSecond, nowSecond + HORIZON_SECONDS);
    }
    return openFromNow;
  }

  /**
   * {@code Instant.ofEpochSecond(second)}, shared with the rows that had it before.
   *
   * @param second the epoch second
   * @return the instant
   */
  public Instant instant(long second) {
    int i = (int) (second ^ (second >>> 6)) & (instants.length - 1);
    Instant cached = instants[i];
    if (cached == null || cached.getEpochSecond() != second) {
      cached = Instant.ofEpochSecond(second);
      instants[i] = cached;
    }
    return cached;
  }
}
