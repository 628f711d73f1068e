package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.DncPolicy;
import ai.talkover.campaigns.domain.campaign.RetryPolicy;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientZoneLookup;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.internal.CallIndex;
import ai.talkover.campaigns.domain.eligibility.internal.ComplianceEvaluator;
import ai.talkover.campaigns.domain.eligibility.internal.DncIndex;
import ai.talkover.campaigns.domain.eligibility.internal.PlanSort;
import ai.talkover.campaigns.domain.eligibility.internal.PreparedCampaign;
import ai.talkover.campaigns.domain.eligibility.internal.ReasonSet;
import ai.talkover.campaigns.domain.internal.time.InstantSet;
import ai.talkover.campaigns.domain.internal.time.WindowSet;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.schedule.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Decides whether a number may be called now and, if not, when next, by the rules of
 * {@code eligibility-rules.md} (rules 1 to 12); and plans a list of contacts. An engine made by
 * {@link #withPolicies} also applies opt-in {@link CompliancePolicies}: their sets of allowed instants
 * (recipient hours in every zone of the number, days that are no blackout) intersect the window of rule
 * 9, and the attempt cap is a lower bound like the cooldown of rule 8.
 *
 * <p>The engine never reads a clock: {@code now} is always an argument. It is immutable and
 * thread-safe; one instance can serve every thread. A decision on a built campaign costs a few offset
 * lookups and allocates only its result (with policies, also a few small objects per decision: no
 * {@code ZonedDateTime}, no minute-by-minute search).
 */
public final class EligibilityEngine {

  private static final EligibilityEngine STANDARD = new EligibilityEngine();

  /** Plan order: next eligible instant (none last), then number. */
  private static final Comparator<PlannedContact> PLAN_ORDER = (a, b) -> {
    Instant x = a.decision().next();
    Instant y = b.decision().next();
    if (x != y) {
      if (x == null) {
        return 1;
      }
      if (y == null) {
        return -1;
      }
      int c = x.compareTo(y);
      if (c != 0) {
        return c;
      }
    }
    return a.contact().number().e164().compareTo(b.contact().number().e164());
  };

  private static final CallAttempt[] NO_ATTEMPTS = new CallAttempt[0];

  /** The opt-in policies; null for the standard engine. */
  private final ComplianceEvaluator compliance;

  private static final long HORIZON_SECONDS = CallWindow.SEARCH_HORIZON.getSeconds();

  private static final int NANOS_PER_SECOND = 1_000_000_000;
  private static final long MAX_SECOND = Instant.MAX.getEpochSecond();

  /** Throws as {@link Instant#ofEpochSecond(long, long)} does for an instant after the last one. */
  private static void checkInstant(long second, int nano) {
    if (second > MAX_SECOND) {
      Instant.ofEpochSecond(second, nano);
    }
  }

  /**
   * What a plan computes once for all its decisions, which share {@code now}: the window's flags at
   * now, its first open second from now, and the instants of the seconds the window opens at (rows
   * often share them). Used by one thread, for one plan.
   */
  private static final class PlanMemo {
    private static final long UNKNOWN = Long.MIN_VALUE;

    final int windowFlags;
    private long openFromNow = UNKNOWN;
    private final Instant[] instants = new Instant[64];

    PlanMemo(WindowSet window, long nowSecond) {
      this.windowFlags = window.flagsAt(nowSecond);
    }

    long openFromNow(WindowSet window, long nowSecond) {
      if (openFromNow == UNKNOWN) {
        openFromNow = window.nextOpenSecond(nowSecond, nowSecond + HORIZON_SECONDS);
      }
      return openFromNow;
    }

    /** {@code Instant.ofEpochSecond(second)}, shared with the rows that had it before. */
    Instant instant(long second) {
      int i = (int) (second ^ (second >>> 6)) & (instants.length - 1);
      Instant cached = instants[i];
      if (cached == null || cached.getEpochSecond() != second) {
        cached = Instant.ofEpochSecond(second);
        instants[i] = cached;
      }
      return cached;
    }
  }

  private EligibilityEngine() {
    this.compliance = null;
  }

  private EligibilityEngine(ComplianceEvaluator compliance) {
    this.compliance = compliance;
  }

  /**
   * The engine of rules 1 to 12, with no opt-in policy.
   *
   * @return the shared engine
   */
  public static EligibilityEngine standard() {
    return STANDARD;
  }

  /**
   * An engine of rules 1 to 12 plus opt-in compliance policies.
   *
   * <p>On top of the standard reasons, a decision may hold {@link Reason#RECIPIENT_QUIET_HOURS} (now is
   * outside the allowed hours in some zone of the number), {@link Reason#BLACKOUT_DATE} (now's date is
   * a blackout), {@link Reason#ATTEMPT_CAP} (the cap has not released at now) and
   * {@link Reason#RECIPIENT_ZONE_UNKNOWN} (a permanent block: the number's zone is unknown and unknown
   * zones are refused). The next eligible instant is the first one, within 400 days of the earliest
   * allowed instant, that satisfies the window and every policy at once.
   *
   * @param policies the policies; not {@code null}; when empty, the result is {@link #standard()}
   * @param zones where the recipient's zones come from, asked only when a policy reads them; not
   *     {@code null} (use {@link RecipientZoneLookup#unknown()} when none is needed)
   * @return the engine; immutable and thread-safe when {@code zones} is
   */
  public static EligibilityEngine withPolicies(CompliancePolicies policies, RecipientZoneLookup zones) {
    Objects.requireNonNull(policies, "policies");
    Objects.requireNonNull(zones, "zones");
    return policies.isEmpty()
        ? STANDARD
        : new EligibilityEngine(new ComplianceEvaluator(policies, zones));
  }

  /**
   * The opt-in policies this engine applies.
   *
   * @return the policies; {@link CompliancePolicies#none()} for the standard engine
   */
  public CompliancePolicies policies() {
    return compliance == null ? CompliancePolicies.none() : compliance.policies();
  }

  /**
   * Decides for one contact.
   *
   * <p>The contact's history is the campaign's {@code calls[]} to its number plus
   * {@link Contact#knownAttempts()}; {@code last} is the attempt with the latest instant (of several at
   * that instant, the one given last, API calls first).
   *
   * @param campaign the campaign; not {@code null}
   * @param contact the contact; not {@code null}
   * @param doNotCall the caller's do-not-call list, asked only when the campaign enables do-not-call;
   *     not {@code null}
   * @param now the instant to decide at; not {@code null}
   * @return the decision
   */
  public Decision decide(Campaign campaign, Contact contact, DoNotCallList doNotCall, Instant now) {
    Objects.requireNonNull(campaign, "campaign");
    Objects.requireNonNull(contact, "contact");
    PreparedCampaign prepared = PreparedCampaign.of(campaign);
    CallIndex calls = prepared.calls;
    int p = calls.find(contact.number().e164());
    return decide(campaign, prepared, contact, contact.enqueuedAt(), contact.knownAttempts(), p,
        calls.lastSecond(p), calls.last(p), calls.counts(p), doNotCall, now, null);
  }

  private static final int NOT_ACTIVE = ReasonSet.bit(Reason.CAMPAIGN_NOT_ACTIVE);
  private static final int DO_NOT_CALL = ReasonSet.bit(Reason.DO_NOT_CALL);
  private static final int IN_PROGRESS = ReasonSet.bit(Reason.CALL_IN_PROGRESS);
  private static final int COMPLETED = ReasonSet.bit(Reason.CONTACT_COMPLETED);
  private static final int MAX_RETRIES = ReasonSet.bit(Reason.MAX_RETRIES_REACHED);
  private static final int ENDED = ReasonSet.bit(Reason.CAMPAIGN_ENDED);
  private static final int INITIAL_DELAY = ReasonSet.bit(Reason.INITIAL_DELAY);
  private static final int COOLDOWN = ReasonSet.bit(Reason.COOLDOWN);
  private static final int BEFORE_START = ReasonSet.bit(Reason.BEFORE_START_DATE);
  private static final int OUTSIDE_WINDOW = ReasonSet.bit(Reason.OUTSIDE_CALL_WINDOW);
  private static final int NO_WINDOW = ReasonSet.bit(Reason.NO_WINDOW_AVAILABLE);
  private static final int ZONE_UNKNOWN = ReasonSet.bit(Reason.RECIPIENT_ZONE_UNKNOWN);

  /**
   * {@link #decide(Campaign, Contact, DoNotCallList, Instant)} with the contact's fields read and
   * its number looked up in the campaign's {@link CallIndex}; the contact itself is read only for its
   * number, when do-not-call or a policy asks.
   *
   * @param enqueuedAt the contact's {@link Contact#enqueuedAt()}
   * @param known the contact's {@link Contact#knownAttempts()}
   * @param position the number's position in the index, or {@link CallIndex#ABSENT}
   * @param apiLastSecond {@link CallIndex#lastSecond} of the position
   * @param apiLast {@link CallIndex#last} of the position
   * @param apiCounts {@link CallIndex#counts} of the position
   * @param memo what the plan computed once at now; null for a single decision
   */
  private Decision decide(Campaign campaign, PreparedCampaign prepared, Contact contact, Instant enqueuedAt,
      List<CallAttempt> known, int position, long apiLastSecond, long apiLast, long apiCounts,
      DoNotCallList doNotCall, Instant now, PlanMemo memo) {
    Objects.requireNonNull(doNotCall, "doNotCall");
    Objects.requireNonNull(now, "now");
    DncIndex dnc = prepared.dnc;
    boolean checkTriggers = dnc.enabled && dnc.autoAdd;

    // The campaign's summary of the number's calls[], then the caller's attempts after them: of
    // attempts at the latest instant, the one given last is `last`.
    int count = CallIndex.count(apiCounts);
    int maxRetriesSeen = -1;
    CallStatus.Group lastGroup = null;
    long lastSecond = 0;
    int lastNano = 0;
    boolean triggered = false;
    if (count > 0) {
      maxRetriesSeen = CallIndex.maxRetries(apiCounts);
      lastGroup = CallIndex.group(apiLast);
      lastSecond = apiLastSecond;
      lastNano = CallIndex.nano(apiLast);
      triggered = checkTriggers && CallIndex.triggered(apiLast);
    }
    for (int i = 0, n = known.size(); i < n; i++) {
      CallAttempt a = known.get(i);
      count++;
      if (a.retries() > maxRetriesSeen) {
        maxRetriesSeen = a.retries();
      }
      long second = a.at().getEpochSecond();
      int nano = a.at().getNano();
      if (lastGroup == null || second > lastSecond || (second == lastSecond && nano >= lastNano)) {
        lastGroup = a.group();
        lastSecond = second;
        lastNano = nano;
      }
      triggered = triggered || (checkTriggers && dnc.triggers(a));
    }
    int attempts = Math.max(count, maxRetriesSeen + 1);

    int reasons = 0;
    RetryPolicy retry = campaign.retryPolicy();
    WindowSet window = prepared.window;
    if (!campaign.isActive()) {
      reasons |= NOT_ACTIVE;
    }
    if (dnc.enabled && (triggered || dnc.customListHolds(contact.number().e164())
        || doNotCall.contains(contact.number()))) {
      reasons |= DO_NOT_CALL;
    }
    if (lastGroup == CallStatus.Group.IN_FLIGHT) {
      reasons |= IN_PROGRESS;
    }
    if (lastGroup == CallStatus.Group.COMPLETED && !retry.retryOnNoConversion()) {
      reasons |= COMPLETED;
    }
    if (attempts >= retry.maxAttempts()) {
      reasons |= MAX_RETRIES;
    }
    long nowSecond = now.getEpochSecond();
    int nowNano = now.getNano();
    int windowFlags = memo == null ? window.flagsAt(nowSecond) : memo.windowFlags;
    if ((windowFlags & WindowSet.AFTER_END) != 0) {
      reasons |= ENDED;
    }
    ComplianceEvaluator.Check check = compliance == null
        ? null
        : compliance.check(contact.number(), campaign.window().zone(), prepared.calls.attempts(position), known);
    if (check != null && check.zoneUnknown) {
      reasons |= ZONE_UNKNOWN;
    }
    boolean blocked = reasons != 0;

    // Lower bounds in seconds and nanos: an Instant is made only for the next eligible one.
    long earliestSecond = nowSecond;
    int earliestNano = nowNano;
    boolean earliestIsNow = true;
    if (count == 0 && enqueuedAt != null) {
      java.time.Duration delay = retry.initialCallDelay();
      long second = enqueuedAt.getEpochSecond() + delay.getSeconds();
      int nano = enqueuedAt.getNano() + delay.getNano();
      if (nano >= NANOS_PER_SECOND) {
        second++;
        nano -= NANOS_PER_SECOND;
      }
      if (second > nowSecond || (second == nowSecond && nano > nowNano)) {
        checkInstant(second, nano);
        reasons |= INITIAL_DELAY;
        earliestSecond = second;
        earliestNano = nano;
        earliestIsNow = false;
      }
    }
    if (lastGroup != null) {
      java.time.Duration cooldown = campaign.cooldownPolicy().after(lastGroup);
      long second = lastSecond + cooldown.getSeconds();
      int nano = lastNano + cooldown.getNano();
      if (nano >= NANOS_PER_SECOND) {
        second++;
        nano -= NANOS_PER_SECOND;
      }
      if (second > nowSecond || (second == nowSecond && nano > nowNano)) {
        checkInstant(second, nano);
        reasons |= COOLDOWN;
        if (second > earliestSecond || (second == earliestSecond && nano > earliestNano)) {
          earliestSecond = second;
          earliestNano = nano;
          earliestIsNow = false;
        }
      }
    }
    Instant earliest = null;
    if (check != null) {
      reasons |= check.reasonsAt(now);
      earliest = check.raise(now,
          earliestIsNow ? now : Instant.ofEpochSecond(earliestSecond, earliestNano));
    }
    if ((windowFlags & WindowSet.BEFORE_START) != 0) {
      reasons |= BEFORE_START;
    }
    if ((windowFlags & WindowSet.OUTSIDE_DAYS_OR_TIMES) != 0) {
      reasons |= OUTSIDE_WINDOW;
    }

    Instant next = null;
    if (!blocked) {
      if (check == null) {
        long from = earliestSecond;
        long second = memo != null && from == nowSecond
            ? memo.openFromNow(window, nowSecond)
            : window.nextOpenSecond(from, from + HORIZON_SECONDS);
        if (second == from) {
          next = earliestIsNow ? now : Instant.ofEpochSecond(earliestSecond, earliestNano);
        } else if (second != InstantSet.NONE) {
          next = memo == null ? Instant.ofEpochSecond(second) : memo.instant(second);
        }
      } else {
        next = check.firstOpenAtOrAfter(window, earliest);
      }
      if (next == null) {
        reasons |= NO_WINDOW;
      }
    }
    boolean callable = !blocked && next != null && next.equals(now);
    return Decision.owned(next, reasons, callable);
  }

  /**
   * Decides for one number with no history beyond the campaign's and no enqueued instant.
   *
   * @param campaign the campaign; not {@code null}
   * @param number the number; not {@code null}
   * @param doNotCall the caller's do-not-call list; not {@code null}
   * @param now the instant to decide at; not {@code null}
   * @return the decision
   */
  public Decision decide(Campaign campaign, PhoneNumber number, DoNotCallList doNotCall, Instant now) {
    return decide(campaign, Contact.of(number), doNotCall, now);
  }

  /**
   * Decides for every contact of a list and orders the result by next eligible instant (contacts
   * without one last), then by number, then input order. Duplicate contacts are kept, each with its
   * decision: every row is what {@link #decide(Campaign, Contact, DoNotCallList, Instant) decide}
   * answers for its contact. The cost is linear in the number of contacts: their numbers are sorted by
   * a radix sort, the campaign's calls (summarised by number, in number order, when it is built) are
   * read in that order, and the rows are radix-sorted by next instant. The caller's do-not-call list
   * and the recipient-zone lookup are asked in number order.
   *
   * @param campaign the campaign; not {@code null}
   * @param contacts the contacts; not {@code null}, no {@code null} element
   * @param doNotCall the caller's do-not-call list; not {@code null}
   * @param now the instant to decide at; not {@code null}
   * @return the plan, unmodifiable, one row per contact
   */
  public List<PlannedContact> plan(
      Campaign campaign, Collection<Contact> contacts, DoNotCallList doNotCall, Instant now) {
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
    PlanSort.Sorted byNumber = PlanSort.sort(numbers, order, new long[n], new int[n]);
    numbers = byNumber.keys;
    int[] byNumberRow = byNumber.rows;

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
          ? decide(campaign, prepared, contact, contact.enqueuedAt(), contact.knownAttempts(), p,
              calls.lastSecond(p), calls.last(p), calls.counts(p), doNotCall, now, memo)
          : decide(campaign, prepared, contact, null, List.of(), p,
              calls.lastSecond(p), calls.last(p), calls.counts(p), doNotCall, now, memo);
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
      int[] positions = byNumber.spareRows;
      for (int j = 0; j < n; j++) {
        if (times[j] == NO_NEXT) {
          times[j] = latest + 1;
        }
        positions[j] = j;
      }
      int[] byTime = PlanSort.sort(times, positions, byNumber.spareKeys, new int[n]).rows;
      for (int k = 0; k < n; k++) {
        plan[k] = byNumberPlan[byTime[k]];
      }
    } else {
      // A next instant too far from now to pack (a cooldown of centuries): compare the instants,
      // from the input order.
      for (int j = 0; j < n; j++) {
        plan[byNumberRow[j]] = byNumberPlan[j];
      }
      Arrays.sort(plan, PLAN_ORDER);
    }
    return List.of(plan);
  }

  /** Contacts whose keys {@link #plan} computes together. */
  private static final int KEY_BLOCK = 128;

  /** The time key of a decision without next instant, before it is mapped after the latest one. */
  private static final long NO_NEXT = -1;

  /** Next instants less than this many seconds after now pack with their nano into a long. */
  private static final long MAX_PACKED_SECONDS = 1L << 32;

  /**
   * The instants of {@code [from, to)} at which the contact may be called if nothing changes (no new
   * attempt): exactly the instants {@code t} at which {@link #decide decide(campaign, contact,
   * doNotCall, t)} is callable, as maximal intervals, for calendars. The first interval starts at the
   * next eligible instant of the decision at {@code from}, so the list is empty when that decision has
   * none (a permanent block, or no window within 400 days of its earliest instant).
   *
   * @param campaign the campaign; not {@code null}
   * @param contact the contact; not {@code null}
   * @param doNotCall the caller's do-not-call list; not {@code null}
   * @param from the start of the span; not {@code null}
   * @param to the end of the span (exclusive); not before {@code from}
   * @return the intervals in order, unmodifiable; consecutive intervals neither overlap nor touch
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   */
  public List<Interval> openIntervals(
      Campaign campaign, Contact contact, DoNotCallList doNotCall, Instant from, Instant to) {
    Objects.requireNonNull(to, "to");
    if (to.isBefore(Objects.requireNonNull(from, "from"))) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    Instant start = decide(campaign, contact, doNotCall, from).next();
    if (start == null || !start.isBefore(to)) {
      return List.of();
    }
    WindowSet window = PreparedCampaign.of(campaign).window;
    ComplianceEvaluator.Check check = compliance == null
        ? null
        : compliance.check(contact.number(), campaign.window().zone(), NO_ATTEMPTS, List.of());
    // The last second that starts before `to`.
    long last = to.getNano() > 0 ? to.getEpochSecond() : to.getEpochSecond() - 1;
    List<Interval> out = new ArrayList<>();
    while (true) {
      long open = start.getEpochSecond();
      long closed =
          check == null ? window.nextClosedSecond(open) : check.nextClosedSecond(window, open);
      boolean reachesTo = closed > last;
      out.add(new Interval(start, reachesTo ? to : Instant.ofEpochSecond(closed)));
      if (reachesTo) {
        break;
      }
      long next = check == null
          ? window.nextOpenSecond(closed, last)
          : check.firstCommon(window, closed, last);
      if (next == InstantSet.NONE) {
        break;
      }
      start = Instant.ofEpochSecond(next);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The plan order, for callers that merge plans.
   *
   * @return a comparator by next eligible instant (none last), then number
   */
  public static Comparator<PlannedContact> planOrder() {
    return PLAN_ORDER;
  }

}
