package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.Contact;
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
 * shared), and ordered by packed keys with {@link RowSort}, linear in the rows. Stateless.
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
    // The numbers' keys, by blocks: a tight loop reaches each contact's number string and its bytes
    // (so the memory reads of many contacts overlap), then the keys are computed from the cache.
    long[] numbers = new long[n];
    String[] strings = new String[Math.min(n, KEY_BLOCK)];
    int[] lengths = new int[strings.length];
    boolean anyExtra = false;
    for (int from = 0; from < n; from += KEY_BLOCK) {
      int to = Math.min(from + KEY_BLOCK, n);
      for (int i = from; i < to; i++) {
        Contact contact = Objects.requireNonNull(rows[i], "contact");
        String e164 = contact.number().e164();
        strings[i - from] = e164;
        lengths[i - from] = e164.length();
        anyExtra |= contact.enqueuedAt() != null | contact.knownAttempts().size() != 0;
      }
      for (int i = from; i < to; i++) {
        numbers[i] = CallIndex.key(strings[i - from], lengths[i - from]);
      }
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
    PlannedContact[] byNumberPlan = new PlannedContact[n];
    // The next instant as (seconds after now) << 30 | nano, or NO_NEXT; in place of the numbers.
    long[] times = numbers;
    long nowSecond = now.getEpochSecond();
    PlanMemo memo = new PlanMemo(prepared.window, nowSecond);
    boolean packed = true;
    long latest = -1;
    int position = 0;
    for (int j = 0; j < n; j++) {
      position = calls.seek(numbers[j], position);
      int p = position < calls.size() && calls.keyAt(position) == numbers[j]
          ? position
          : CallIndex.ABSENT;
      Contact contact = rows[byNumberRow[j]];
      Decision decision = anyExtra
          ? engine.decide(campaign, prepared, contact, contact.enqueuedAt(), contact.knownAttempts(),
              p, doNotCall, now, memo)
          : engine.decide(campaign, prepared, contact, null, List.of(), p, doNotCall, now, memo);
      byNumberPlan[j] = new PlannedContact(contact, decision);
      Instant next = decision.next();
      if (next == null) {
        times[j] = NO_NEXT;
      } else {
        long after = next.getEpochSecond() - nowSecond;
        if (after < 0 || after >= MAX_PACKED_SECONDS) {
          packed = false;
        }
        long time = after << 30 | next.getNano();
        times[j] = time;
        latest = Math.max(latest, time);
      }
    }

    PlannedContact[] plan = new PlannedContact[n];
    if (packed) {
      // None sorts just after the latest instant: the sort then reads fewer varying bits.
      int[] positions = byNumber.spareRows();
      for (int j = 0; j < n; j++) {
        if (times[j] == NO_NEXT) {
          times[j] = latest + 1;
        }
        positions[j] = j;
      }
      int[] byTime = RowSort.sort(times, positions, byNumber.spareKeys(), new int[n]).rows();
      for (int k = 0; k < n; k++) {
        plan[k] = byNumberPlan[byTime[k]];
      }
    } else {
      // A next instant too far from now to pack (a cooldown of centuries): compare the instants,
      // from the input order.
      for (int j = 0; j < n; j++) {
        plan[byNumberRow[j]] = byNumberPlan[j];
      }
      Arrays.sort(plan, EligibilityEngine.planOrder());
    }
    return List.of(plan);
  }

  /** Contacts whose keys {@link #plan} computes together. */
  private static final int KEY_BLOCK = 128;

  /** The time key of a decision without next instant, before it is mapped after the latest one. */
  private static final long NO_NEXT = -1;

  /** Next instants less than this many seconds after now pack with their nano into a long. */
  private static final long MAX_PACKED_SECONDS = 1L << 32;
}
