package ai.talkover.campaigns.domain.eligibility;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.RetryPolicy;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientZoneLookup;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.internal.CallIndex;
import ai.talkover.campaigns.domain.eligibility.internal.ComplianceEvaluator;
import ai.talkover.campaigns.domain.eligibility.internal.PlanMemo;
import ai.talkover.campaigns.domain.eligibility.internal.PreparedCampaign;
import ai.talkover.campaigns.domain.eligibility.rules.CallInProgressRule;
import ai.talkover.campaigns.domain.eligibility.rules.CallWindowRule;
import ai.talkover.campaigns.domain.eligibility.rules.CallableRule;
import ai.talkover.campaigns.domain.eligibility.rules.CampaignActiveRule;
import ai.talkover.campaigns.domain.eligibility.rules.CampaignEndedRule;
import ai.talkover.campaigns.domain.eligibility.rules.ContactCompletedRule;
import ai.talkover.campaigns.domain.eligibility.rules.CooldownRule;
import ai.talkover.campaigns.domain.eligibility.rules.DoNotCallRule;
import ai.talkover.campaigns.domain.eligibility.rules.History;
import ai.talkover.campaigns.domain.eligibility.rules.InitialDelayRule;
import ai.talkover.campaigns.domain.eligibility.rules.MaxRetriesRule;
import ai.talkover.campaigns.domain.eligibility.rules.NextEligibleRule;
import ai.talkover.campaigns.domain.eligibility.rules.Verdict;
import ai.talkover.campaigns.domain.internal.time.InstantSet;
import ai.talkover.campaigns.domain.internal.time.WindowSet;
import ai.talkover.campaigns.domain.schedule.Interval;
import java.time.Instant;
import java.util.ArrayList;
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

  private static final EligibilityEngine STANDARD = new EligibilityEngine(null);

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
    return a.contact().number().compareTo(b.contact().number());
  };

  private static final CallAttempt[] NO_ATTEMPTS = new CallAttempt[0];

  /** The opt-in policies; null for the standard engine. */
  private final ComplianceEvaluator compliance;

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
    int position = prepared.calls.find(contact.number().e164());
    return decide(campaign, prepared, contact.number(), contact.enqueuedAt(), contact.knownAttempts(),
        position, doNotCall, now, null);
  }

  /**
   * The rules of {@code eligibility-rules.md}, composed in the spec's order, for one contact whose
   * number has been looked up in the campaign's {@link CallIndex}. Each rule is a named class of
   * {@code eligibility.rules} returning a {@link Verdict}.
   *
   * @param number the contact's number
   * @param enqueuedAt the contact's {@link Contact#enqueuedAt()}
   * @param known the contact's {@link Contact#knownAttempts()}
   * @param position the number's position in the index, or {@link CallIndex#ABSENT}
   * @param memo what the plan computed once at now; null for a single decision
   */
  Decision decide(Campaign campaign, PreparedCampaign prepared, PhoneNumber number, Instant enqueuedAt,
      List<CallAttempt> known, int position, DoNotCallList doNotCall, Instant now, PlanMemo memo) {
    Objects.requireNonNull(doNotCall, "doNotCall");
    Objects.requireNonNull(now, "now");
    CallIndex calls = prepared.calls;
    History history = History.of(calls.counts(position), calls.lastSecond(position),
        calls.last(position), known, prepared.dnc);
    RetryPolicy retry = campaign.retryPolicy();
    WindowSet window = prepared.window;
    int windowAtNow = memo == null ? window.flagsAt(now.getEpochSecond()) : memo.windowFlags;

    // Rules 1 to 6: permanent blocks.
    int blocks = CampaignActiveRule.check(campaign).reasons()
        | DoNotCallRule.check(prepared.dnc, history, number, doNotCall).reasons()
        | CallInProgressRule.check(history).reasons()
        | ContactCompletedRule.check(history, retry).reasons()
        | MaxRetriesRule.check(history, retry).reasons()
        | CampaignEndedRule.check(windowAtNow).reasons();
    // The opt-in policies' view of the contact; an unknown zone that is refused blocks too.
    ComplianceEvaluator.Check policies = compliance == null
        ? null
        : compliance.check(number, campaign.window().zone(), calls.attempts(position),
            known, now);
    if (policies != null) {
      blocks |= policies.zone.reasons();
    }

    // Rules 7 and 8, and the attempt cap: lower bounds; rule 10's earliest is the latest of now and
    // them.
    Verdict delay = InitialDelayRule.check(history, enqueuedAt, retry, now);
    Verdict cooldown = CooldownRule.check(history, campaign.cooldownPolicy(), now);
    Verdict cap = policies == null ? Verdict.NO_OBJECTION : policies.cap;
    Instant earliest = Verdict.later(Verdict.later(Verdict.later(now, delay), cooldown), cap);

    // Rule 9 and the policy sets, at now.
    int closed = CallWindowRule.beforeStartDate(windowAtNow).reasons()
        | CallWindowRule.daysAndTimes(windowAtNow).reasons()
        | (policies == null ? 0 : policies.closedAt(now));

    // Rule 10: the first instant from earliest in the window and every policy set.
    Instant next = blocks != 0 ? null : NextEligibleRule.first(window, policies, earliest, now, memo);

    // Rule 11: callable; rule 12: every rule that fails at now, in rule order.
    boolean callable = CallableRule.check(blocks, next, now);
    int reasons = blocks | delay.reasons() | cooldown.reasons() | cap.reasons() | closed
        | NextEligibleRule.check(blocks, next).reasons();
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
   * and the recipient-zone lookup are asked in number order. The plan keeps its rows as columns
   * (contact, next instant, reasons) and makes a row's {@link PlannedContact} when it is read, so a
   * large plan is a few arrays: a row read twice is equal, not the same object.
   *
   * @param campaign the campaign; not {@code null}
   * @param contacts the contacts; not {@code null}, no {@code null} element
   * @param doNotCall the caller's do-not-call list; not {@code null}
   * @param now the instant to decide at; not {@code null}
   * @return the plan, unmodifiable, one row per contact
   */
  public List<PlannedContact> plan(
      Campaign campaign, Collection<Contact> contacts, DoNotCallList doNotCall, Instant now) {
    return Planner.plan(this, campaign, contacts, doNotCall, now);
  }

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
        : compliance.check(contact.number(), campaign.window().zone(), NO_ATTEMPTS, List.of(), from);
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
