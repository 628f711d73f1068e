package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.internal.CallIndex;
import ai.talkover.campaigns.domain.eligibility.internal.PlanMemo;
import ai.talkover.campaigns.domain.eligibility.internal.PreparedCampaign;
import ai.talkover.campaigns.domain.eligibility.internal.RowSort;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The fast path of {@link EligibilityEngine#plan}: every row is decided by the engine's rules, in the
 * order of the numbers (so the campaign's call index is read as one walk and the memo of now is
 * shared), ordered by packed keys with {@link RowSort}, linear in the rows, and kept as the columns
 * of a {@link PackedPlan}. Stateless.
 */
final class Planner {

  private Planner() {}

  /** {@link EligibilityEngine#plan}, whose arguments are checked here. */
  static List<PlannedContact> plan(EligibilityEngine engine, Campaign campaign,
      Collection<Contact> contacts, DoNotCallList doNotCall, Instant now) {
    Contact[] rows = Objects.requireNonNull(contacts, "contacts").toArray(new Contact[0]);
    int n = rows.length;
    if (n == 0) {
      return List.of();
    }
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(doNotCall, "doNotCall");
    Objects.requireNonNull(now, "now");
    // The numbers and their sort keys: one pass over the contacts, which are read nowhere else, in
    // a loop whose rows are independent, so their memory reads overlap wherever the list put them.
    PhoneNumber[] phones = new PhoneNumber[n];
    long[] numbers = new long[n];
    boolean anyExtra = false;
    for (int i = 0; i < n; i++) {
      Contact contact = Objects.requireNonNull(rows[i], "contact");
      PhoneNumber phone = contact.number();
      phones[i] = phone;
      numbers[i] = phone.sortKey();
      anyExtra |= contact.enqueuedAt() != null | contact.knownAttempts().size() != 0;
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // By number (stable): the campaign's numbers are then read in their order, and rows of equal
    // next instants are already in plan order.
    RowSort.Sorted byNumber = RowSort.sort(numbers, order, new long[n], new int[n]);
    numbers = byNumber.keys();
    int[] byNumberRow = byNumber.rows();

    PreparedCampaign prepared = PreparedCampaign.of(campaign);
    CallIndex calls = prepared.calls;
    // Each row's decision, by number: its reasons (with CALLABLE) and its next instant as
    // (seconds after now) << NANO_BITS | nano, or NO_NEXT, in place of the numbers; FAR when the
    // instant is too far from now to pack (then kept in far[]).
    int[] reasons = new int[n];
    long[] times = numbers;
    Instant[] far = null;
    long nowSecond = now.getEpochSecond();
    PlanMemo memo = new PlanMemo(prepared.window, nowSecond);
    long latest = -1;
    int position = 0;
    // Decided by blocks too: a tight loop gathers the block's numbers (and, when some contact has
    // them, enqueued instants and known attempts), then the rules run on what it gathered.
    PhoneNumber[] blockPhones = new PhoneNumber[Math.min(n, BLOCK)];
    Contact[] blockContacts = anyExtra ? new Contact[blockPhones.length] : null;
    Instant[] blockEnqueued = anyExtra ? new Instant[blockPhones.length] : null;
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(from + BLOCK, n);
      for (int j = from; j < to; j++) {
        blockPhones[j - from] = phones[byNumberRow[j]];
      }
      if (anyExtra) {
        for (int j = from; j < to; j++) {
          Contact contact = rows[byNumberRow[j]];
          blockContacts[j - from] = contact;
          blockEnqueued[j - from] = contact.enqueuedAt();
        }
      }
      for (int j = from; j < to; j++) {
        position = calls.seek(numbers[j], position);
        int p = position < calls.size() && calls.keyAt(position) == numbers[j]
            ? position
            : CallIndex.ABSENT;
        Decision decision = anyExtra
            ? engine.decide(campaign, prepared, blockPhones[j - from], blockEnqueued[j - from],
                blockContacts[j - from].knownAttempts(), p, doNotCall, now, memo)
            : engine.decide(campaign, prepared, blockPhones[j - from], null, List.of(), p, doNotCall,
                now, memo);
        reasons[j] = decision.reasonBits() | (decision.callable() ? PackedPlan.CALLABLE : 0);
        Instant next = decision.next();
        if (next == null) {
          times[j] = NO_NEXT;
        } else {
          long after = next.getEpochSecond() - nowSecond;
          if (after < 0 || after >= MAX_PACKED_SECONDS) {
            if (far == null) {
              far = new Instant[n];
            }
            far[j] = next;
            times[j] = FAR;
          } else {
            long time = after << PackedPlan.NANO_BITS | next.getNano();
            times[j] = time;
            latest = Math.max(latest, time);
          }
        }
      }
    }
    if (far != null) {
      return comparedPlan(rows, byNumberRow, times, reasons, far, nowSecond);
    }
    // None sorts just after the latest instant: the sort then reads fewer varying bits.
    long none = latest + 1;
    int[] positions = byNumber.spareRows();
    for (int j = 0; j < n; j++) {
      if (times[j] == NO_NEXT) {
        times[j] = none;
      }
      positions[j] = j;
    }
    RowSort.Sorted byTime = RowSort.sort(times, positions, byNumber.spareKeys(), new int[n]);
    int[] timeRow = byTime.rows();
    Contact[] planned = new Contact[n];
    int[] plannedReasons = byTime.spareRows();
    for (int k = 0; k < n; k++) {
      int j = timeRow[k];
      planned[k] = rows[byNumberRow[j]];
      plannedReasons[k] = reasons[j];
    }
    return new PackedPlan(planned, byTime.keys(), plannedReasons, nowSecond, none);
  }

  /**
   * The plan when some next instant is too far from now to pack (a cooldown of centuries): its rows
   * made at once and sorted by {@link EligibilityEngine#planOrder()}, from the input order.
   */
  private static List<PlannedContact> comparedPlan(Contact[] rows, int[] byNumberRow, long[] times,
      int[] reasons, Instant[] far, long nowSecond) {
    PlannedContact[] plan = new PlannedContact[rows.length];
    for (int j = 0; j < rows.length; j++) {
      long time = times[j];
      Instant next =
          time == NO_NEXT ? null : time == FAR ? far[j] : PackedPlan.instant(nowSecond, time);
      int row = byNumberRow[j];
      plan[row] = new PlannedContact(rows[row], PackedPlan.decision(next, reasons[j]));
    }
    Arrays.sort(plan, EligibilityEngine.planOrder());
    return List.of(plan);
  }

  /** Rows whose objects {@link #plan} reads together. */
  private static final int BLOCK = 128;

  /** The time key of a decision without next instant, before it is mapped after the latest one. */
  private static final long NO_NEXT = -1;

  /** The time key of a decision whose next instant is too far from now to pack. */
  private static final long FAR = -2;

  /** Next instants less than this many seconds after now pack with their nano into a long. */
  private static final long MAX_PACKED_SECONDS = 1L << 32;
}
