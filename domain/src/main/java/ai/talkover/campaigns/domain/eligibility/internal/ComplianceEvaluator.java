package ai.talkover.campaigns.domain.eligibility.internal;

import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.compliance.BlackoutZone;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.RecipientZoneLookup;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.rules.AttemptCapRule;
import ai.talkover.campaigns.domain.eligibility.rules.BlackoutDateRule;
import ai.talkover.campaigns.domain.eligibility.rules.RecipientHoursRule;
import ai.talkover.campaigns.domain.eligibility.rules.RecipientZoneRule;
import ai.talkover.campaigns.domain.eligibility.rules.Verdict;
import ai.talkover.campaigns.domain.internal.time.BlackoutSet;
import ai.talkover.campaigns.domain.internal.time.InstantSet;
import ai.talkover.campaigns.domain.internal.time.Intersection;
import ai.talkover.campaigns.domain.internal.time.LocalHoursSet;
import ai.talkover.campaigns.domain.internal.time.SecondsOfDay;
import ai.talkover.campaigns.domain.internal.time.WindowSet;
import ai.talkover.campaigns.domain.internal.time.ZoneTimeline;
import ai.talkover.campaigns.domain.schedule.CallWindow;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies {@link CompliancePolicies} for the engine: resolves a number's zones once per decision,
 * builds (and caches) the instant sets of the recipient hours and blackout dates per zone set, and
 * computes the attempt cap's lower bound.
 *
 * <p>Thread-safe. The sets of a zone set are built once and shared; a decision allocates one small
 * {@link Check} and, when the cap may bind, an array of at most {@code maxAttempts} instants.
 */
public final class ComplianceEvaluator {

  /** Beyond this many distinct zone sets (or campaign zones), sets are built per decision. */
  private static final int CACHE_LIMIT = 4096;

  private final CompliancePolicies policies;
  private final RecipientZoneLookup lookup;
  /** The recipient hours per ISO day - 1, as seconds of day; null when the policy is off. */
  private final int[][] hourStarts;
  private final int[][] hourEnds;
  private final boolean recipientBlackout;
  private final boolean campaignBlackout;
  private final boolean readsZone;
  private final AttemptCap cap;
  /** The sets of the fallback zone; null when unknown zones are refused. */
  private final ZoneSets fallback;
  private final Map<Set<ZoneId>, ZoneSets> byZones = new ConcurrentHashMap<>();
  private final Map<ZoneId, InstantSet> byCampaignZone = new ConcurrentHashMap<>();

  /** The recipient-dependent sets of one zone set; either may be null when its policy is off. */
  private record ZoneSets(InstantSet hours, InstantSet blackout) {}

  public ComplianceEvaluator(CompliancePolicies policies, RecipientZoneLookup lookup) {
    this.policies = Objects.requireNonNull(policies, "policies");
    this.lookup = Objects.requireNonNull(lookup, "lookup");
    RecipientHours hours = policies.recipientHours().orElse(null);
    this.hourStarts = hours == null ? null : new int[7][];
    this.hourEnds = hours == null ? null : new int[7][];
    if (hours != null) {
      for (DayOfWeek d : DayOfWeek.values()) {
        List<int[]> spans = new ArrayList<>();
        for (TimeRange r : hours.rangesOn(d)) {
          spans.add(new int[] {r.start().toSecondOfDay(), r.end().toSecondOfDay()});
        }
        int[][] union = SecondsOfDay.union(spans);
        hourStarts[d.getValue() - 1] = union[0];
        hourEnds[d.getValue() - 1] = union[1];
      }
    }
    boolean blackout = !policies.blackoutDates().isEmpty();
    this.recipientBlackout = blackout && policies.blackoutZone() == BlackoutZone.RECIPIENT;
    this.campaignBlackout = blackout && policies.blackoutZone() == BlackoutZone.CAMPAIGN;
    this.readsZone = policies.readsRecipientZone();
    this.cap = policies.attemptCap().orElse(null);
    this.fallback = policies.unknownZone().fallbackZone().map(z -> build(Set.of(z))).orElse(null);
  }

  public CompliancePolicies policies() {
    return policies;
  }

  /**
   * The policies' view of one contact.
   *
   * @param number the contact's number
   * @param campaignZone the campaign's zone (for blackout dates read there)
   * @param api the contact's attempts from the campaign's {@code calls[]}
   * @param known the attempts the caller added
   * @param now the instant decided at
   * @return the check
   */
  public Check check(PhoneNumber number, ZoneId campaignZone, CallAttempt[] api,
      List<CallAttempt> known, Instant now) {
    boolean zoneUnknown = false;
    InstantSet hoursSet = null;
    InstantSet blackoutSet = null;
    if (readsZone) {
      ZoneSets sets = setsOf(number);
      if (sets == null) {
        zoneUnknown = true;
      } else {
        hoursSet = sets.hours();
        blackoutSet = sets.blackout();
      }
    }
    if (campaignBlackout) {
      blackoutSet = campaignBlackoutOf(campaignZone);
    }
    Verdict capVerdict = cap == null ? Verdict.NO_OBJECTION : AttemptCapRule.check(cap, api, known, now);
    return new Check(RecipientZoneRule.check(zoneUnknown), hoursSet, blackoutSet, capVerdict);
  }

  private ZoneSets setsOf(PhoneNumber number) {
    Set<ZoneId> zones = lookup.zonesOf(number);
    if (zones == null) {
      throw new NullPointerException("RecipientZoneLookup returned null for " + number);
    }
    if (zones.isEmpty()) {
      return fallback;
    }
    ZoneSets sets = byZones.get(zones);
    if (sets == null) {
      for (ZoneId z : zones) {
        if (z == null) {
          throw new NullPointerException("RecipientZoneLookup returned a null zone for " + number);
        }
      }
      Set<ZoneId> key = Set.copyOf(zones);
      sets = build(key);
      if (byZones.size() < CACHE_LIMIT) {
        ZoneSets raced = byZones.putIfAbsent(key, sets);
        sets = raced == null ? sets : raced;
      }
    }
    return sets;
  }

  private ZoneSets build(Set<ZoneId> zones) {
    List<InstantSet> hourSets = new ArrayList<>(zones.size());
    List<InstantSet> blackoutSets = new ArrayList<>(zones.size());
    for (ZoneId zone : zones) {
      ZoneTimeline timeline = ZoneTimeline.of(zone);
      if (hourStarts != null) {
        hourSets.add(new LocalHoursSet(hourStarts, hourEnds, timeline));
      }
      if (recipientBlackout) {
        blackoutSets.add(new BlackoutSet(policies.blackoutDates(), timeline));
      }
    }
    return new ZoneSets(
        hourSets.isEmpty() ? null : Intersection.of(hourSets),
        blackoutSets.isEmpty() ? null : Intersection.of(blackoutSets));
  }

  private InstantSet campaignBlackoutOf(ZoneId zone) {
    InstantSet set = byCampaignZone.get(zone);
    if (set == null) {
      set = new BlackoutSet(policies.blackoutDates(), ZoneTimeline.of(zone));
      if (byCampaignZone.size() < CACHE_LIMIT) {
        InstantSet raced = byCampaignZone.putIfAbsent(zone, set);
        set = raced == null ? set : raced;
      }
    }
    return set;
  }

  /** The policies' answers for one contact; used within one decision. */
  public static final class Check {
    /** {@link RecipientZoneRule}: the zone is unknown and refused, a permanent block. */
    public final Verdict zone;
    /** The recipient hours in every zone; null when off or the zone is unknown and refused. */
    private final InstantSet hours;
    /** The days that are no blackout; null when off or the zone is unknown and refused. */
    private final InstantSet blackout;
    /** {@link AttemptCapRule}: a lower bound while the cap has not released. */
    public final Verdict cap;

    Check(Verdict zone, InstantSet hours, InstantSet blackout, Verdict cap) {
      this.zone = zone;
      this.hours = hours;
      this.blackout = blackout;
      this.cap = cap;
    }

    /**
     * The reasons of the policy sets that hold no instant of now's second:
     * {@link RecipientHoursRule} and {@link BlackoutDateRule}.
     *
     * @param now the instant decided at
     * @return bits of {@link ReasonSet}
     */
    public int closedAt(Instant now) {
      long second = now.getEpochSecond();
      return RecipientHoursRule.check(hours, second).reasons()
          | BlackoutDateRule.check(blackout, second).reasons();
    }

    /**
     * The first instant at or after {@code from}, within {@link CallWindow#SEARCH_HORIZON}, in the
     * window and in every policy set; {@code from} itself when its second qualifies.
     */
    public Instant firstOpenAtOrAfter(WindowSet window, Instant from) {
      long start = from.getEpochSecond();
      long second = firstCommon(window, start, from.plus(CallWindow.SEARCH_HORIZON).getEpochSecond());
      if (second == InstantSet.NONE) {
        return null;
      }
      return second == start ? from : Instant.ofEpochSecond(second);
    }

    /** The first second in {@code [from, limit]} in the window and every policy set, or NONE. */
    public long firstCommon(WindowSet window, long from, long limit) {
      if (hours == null && blackout == null) {
        return window.nextOpenSecond(from, limit);
      }
      InstantSet[] sets = {window, hours == null ? blackout : hours, blackout};
      return InstantSet.firstCommonSecond(sets, hours == null || blackout == null ? 2 : 3, from, limit);
    }

    /** The first second at or after {@code from} outside the window or some policy set. */
    public long nextClosedSecond(WindowSet window, long from) {
      long closed = window.nextClosedSecond(from);
      if (hours != null) {
        closed = Math.min(closed, hours.nextClosedSecond(from));
      }
      if (blackout != null) {
        closed = Math.min(closed, blackout.nextClosedSecond(from));
      }
      return closed;
    }
  }
}
