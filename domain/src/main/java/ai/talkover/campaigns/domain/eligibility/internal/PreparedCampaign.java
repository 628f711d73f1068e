package ai.talkover.campaigns.domain.eligibility.internal;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.internal.time.WindowSet;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * What the engine reads of a campaign on every decision, built once from the campaign's public
 * values: its calls by number ({@link CallIndex}), its do-not-call rules ({@link DncIndex}) and its
 * window as an instant set ({@link WindowSet}). The model holds none of it.
 *
 * <p>{@link #of(Campaign)} memoises: the campaign decided on last is answered by one reference
 * comparison, others through a weak map (so a campaign no longer used is collected with its
 * preparation). Two equal campaigns may share one preparation, which is then the same for both.
 * Immutable and thread-safe.
 */
public final class PreparedCampaign {

  /** The preparation of the campaign asked for last; a benign race: any thread's entry is valid. */
  private static volatile Entry last;

  /** Every preparation whose campaign is still reachable. */
  private static final Map<Campaign, PreparedCampaign> BY_CAMPAIGN = new WeakHashMap<>();

  /** The campaign's calls by normalised number. */
  public final CallIndex calls;
  /** The campaign's do-not-call rules. */
  public final DncIndex dnc;
  /** The campaign's window. */
  public final WindowSet window;

  private PreparedCampaign(Campaign campaign) {
    this.dnc = new DncIndex(campaign.dncPolicy());
    this.calls = new CallIndex(campaign.calls(), dnc);
    this.window = windowOf(campaign.window());
  }

  /**
   * The preparation of a campaign, built on first use.
   *
   * @param campaign the campaign; not {@code null}
   * @return its preparation
   */
  public static PreparedCampaign of(Campaign campaign) {
    Entry e = last;
    if (e != null && e.get() == campaign) {
      return e.prepared;
    }
    PreparedCampaign prepared;
    synchronized (BY_CAMPAIGN) {
      prepared = BY_CAMPAIGN.get(campaign);
    }
    if (prepared == null) {
      // Built outside the lock: a campaign of 50,000 calls takes milliseconds. A race builds twice.
      prepared = new PreparedCampaign(campaign);
      synchronized (BY_CAMPAIGN) {
        PreparedCampaign raced = BY_CAMPAIGN.putIfAbsent(campaign, prepared);
        prepared = raced == null ? prepared : raced;
      }
    }
    last = new Entry(campaign, prepared);
    return prepared;
  }

  /**
   * A window as the engine's instant set.
   *
   * @param window the window; not {@code null}
   * @return its set
   */
  public static WindowSet windowOf(CallWindow window) {
    List<int[]> spans = new ArrayList<>(window.ranges().size());
    for (TimeRange r : window.ranges()) {
      spans.add(new int[] {r.start().toSecondOfDay(), r.end().toSecondOfDay()});
    }
    return WindowSet.of(window.days(), spans, window.zone(), window.startDate().orElse(null),
        window.endDate().orElse(null));
  }

  /** A campaign, weakly held, with its preparation. */
  private static final class Entry extends WeakReference<Campaign> {
    final PreparedCampaign prepared;

    Entry(Campaign campaign, PreparedCampaign prepared) {
      super(campaign);
      this.prepared = prepared;
    }
  }
}
