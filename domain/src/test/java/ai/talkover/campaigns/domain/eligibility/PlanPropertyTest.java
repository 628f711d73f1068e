package ai.talkover.campaigns.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.Fixtures;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.UnknownZone;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.internal.RowSort;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * A plan is every contact's own decision, in plan order: on random campaigns (several calls per
 * number, numbers written in several ways, numbers that are prefixes of others, invalid {@code to}
 * entries, do-not-call lists and triggers), random contact lists (duplicates, numbers without calls,
 * known attempts, enqueued instants) of up to a few thousand rows, with and without compliance
 * policies. The expected plan is built the obvious way: {@link EligibilityEngine#decide} per contact,
 * then a stable sort by {@link EligibilityEngine#planOrder()}. Each case comes from a seed (printed by
 * jqwik on failure).
 */
class PlanPropertyTest {

  private static final List<String> STATUSES = List.of("queued", "ringing", "completed", "no-answer",
      "busy", "voicemail", "failed", "canceled", "Success", "NO_ANSWER");
  private static final List<String> ZONES =
      List.of("America/New_York", "Europe/Berlin", "Asia/Kathmandu", "Australia/Lord_Howe", "UTC");

  private static List<PlannedContact> expectedPlan(EligibilityEngine engine, Campaign campaign,
      List<Contact> contacts, DoNotCallList lookup, Instant now) {
    List<PlannedContact> rows = new ArrayList<>();
    for (Contact c : contacts) {
      rows.add(new PlannedContact(c, engine.decide(campaign, c, lookup, now)));
    }
    rows.sort(EligibilityEngine.planOrder());
    return rows;
  }

  /** A valid number of 7 to 15 digits, often a prefix or an extension of another of the pool. */
  private static String number(Random random, List<String> pool) {
    if (!pool.isEmpty() && random.nextInt(6) == 0) {
      String other = pool.get(random.nextInt(pool.size()));
      if (other.length() < 16 && random.nextBoolean()) {
        return other + random.nextInt(10);
      }
      if (other.length() > 8) {
        return other.substring(0, other.length() - 1);
      }
    }
    int digits = 7 + random.nextInt(9);
    StringBuilder b = new StringBuilder("+").append(1 + random.nextInt(random.nextBoolean() ? 1 : 9));
    for (int i = 1; i < digits; i++) {
      b.append(random.nextInt(random.nextInt(3) == 0 ? 2 : 10));
    }
    return b.toString();
  }

  /** The number as a person might write it. */
  private static String written(Random random, String e164) {
    switch (random.nextInt(4)) {
      case 0:
        return e164.substring(0, 2) + " " + e164.substring(2);
      case 1:
        return e164.substring(0, 2) + " (" + e164.substring(2, 5) + ") " + e164.substring(5);
      default:
        return e164;
    }
  }

  private static Instant around(Random random, Instant now, long seconds) {
    Instant at = now.minusSeconds(random.nextInt((int) seconds) - seconds / 8);
    return random.nextInt(4) == 0 ? at.plusNanos(random.nextInt(1_000_000_000)) : at;
  }

  private static CallAttempt attempt(Random random, Instant now) {
    return CallAttempt.of(around(random, now, 3 * 86_400), CallStatus.of(STATUSES.get(random.nextInt(STATUSES.size()))),
        random.nextInt(5) == 0 ? "invalid_number" : null, random.nextInt(4));
  }

  @Property(tries = 60)
  void plan_isEachContactsDecision_inPlanOrder(@ForAll long seed) {
    Random random = new Random(seed);
    Instant now = Instant.parse("2025-03-01T00:00:00Z").plusSeconds(random.nextInt(400 * 86_400))
        .plusNanos(random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));

    List<String> pool = new ArrayList<>();
    int poolSize = 1 + random.nextInt(random.nextBoolean() ? 40 : 1500);
    for (int i = 0; i < poolSize; i++) {
      pool.add(number(random, pool));
    }
    List<Campaign.CallInput> calls = new ArrayList<>();
    for (String number : pool) {
      int count = random.nextInt(4);
      for (int k = 0; k < count; k++) {
        CallAttempt a = attempt(random, now);
        calls.add(new Campaign.CallInput("c" + calls.size(), written(random, number),
            a.status().value(), random.nextInt(6) == 0 ? null : a.retries(), a.at().toString(),
            a.error().orElse(null)));
      }
    }
    for (int k = random.nextInt(4); k > 0; k--) {
      calls.add(new Campaign.CallInput("x" + k, random.nextBoolean() ? null : "+0" + k, "busy", 0,
          now.toString(), null));
    }
    boolean dnc = random.nextInt(3) == 0;
    Campaign campaign = Campaign.builder()
        .id("cmp_plan").status(random.nextInt(10) == 0 ? "paused" : "active")
        .timezone(ZONES.get(random.nextInt(ZONES.size())))
        .daysOfWeek(random.nextBoolean() ? List.of(1, 2, 3, 4, 5) : List.of(1, 3, 6, 7))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "12:30"),
            new Campaign.TimeRangeInput("13:30", "17:45")))
        .maxRetries(random.nextInt(5))
        .initialCallDelay(random.nextInt(7200))
        .retryOnNoConversion(random.nextInt(4) == 0)
        .retryCooldownHours(random.nextInt(30))
        .noAnswerCooldownHours(random.nextBoolean() ? null : random.nextInt(48))
        .voicemailCooldownHours(random.nextBoolean() ? null : random.nextInt(48))
        .doNotCallEnabled(dnc)
        .doNotCallCustomList(dnc ? List.of(written(random, pool.get(random.nextInt(pool.size()))), "junk")
            : null)
        .autoAddToDncEnabled(dnc && random.nextBoolean())
        .autoDncTriggerStatuses(List.of("failed"))
        .autoDncTriggerErrors(List.of("invalid-number"))
        .calls(calls)
        .build();

    int size = random.nextInt(4) == 0 ? random.nextInt(RowSort.RADIX_MIN) : random.nextInt(3000);
    List<Contact> contacts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String number = random.nextInt(5) > 0 ? pool.get(random.nextInt(pool.size())) : number(random, pool);
      Contact c = Contact.of(written(random, number));
      if (random.nextInt(8) == 0) {
        c = c.withEnqueuedAt(around(random, now, 4 * 3600));
      }
      if (random.nextInt(8) == 0) {
        c = c.withKnownAttempts(List.of(attempt(random, now), attempt(random, now)));
      }
      contacts.add(c);
    }
    Set<PhoneNumber> listed = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      listed.add(PhoneNumber.parse(pool.get(random.nextInt(pool.size()))));
    }
    DoNotCallList lookup = listed::contains;

    EligibilityEngine engine = EligibilityEngine.standard();
    if (random.nextInt(4) == 0) {
      CompliancePolicies.Builder policies = CompliancePolicies.builder().recipientHours(RecipientHours.TCPA);
      if (random.nextBoolean()) {
        policies.attemptCap(2, Duration.ofHours(24));
      }
      if (random.nextBoolean()) {
        policies.unknownZone(UnknownZone.fallback(ZoneId.of("America/Chicago")));
      }
      engine = EligibilityEngine.withPolicies(policies.build(), n -> n.e164().endsWith("7")
          ? Set.of()
          : new LinkedHashSet<>(List.of(ZoneId.of(n.e164().endsWith("1") ? "Pacific/Honolulu" : "America/Denver"))));
    }

    List<PlannedContact> plan = engine.plan(campaign, contacts, lookup, now);

    assertThat(plan).isEqualTo(expectedPlan(engine, campaign, contacts, lookup, now));
    Statistics.label("rows").collect(size < RowSort.RADIX_MIN ? "few" : "many");
    Statistics.label("policies").collect(engine.policies().isEmpty() ? "none" : "some");
  }

  @Property(tries = 5)
  void plan_withNextInstantsCenturiesAway_isStillEachDecisionInPlanOrder(@ForAll long seed) {
    Random random = new Random(seed);
    Instant now = Instant.parse("2025-06-04T10:00:00Z");
    List<Campaign.CallInput> calls = new ArrayList<>();
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String number = "+1555" + (1_000_000 + random.nextInt(9_000_000));
      if (random.nextBoolean()) {
        calls.add(new Campaign.CallInput(null, number, random.nextBoolean() ? "no-answer" : "busy", 0,
            now.minusSeconds(random.nextInt(86_400)).toString(), null));
      }
      contacts.add(Contact.of(number));
    }
    // No-answer waits 5,000,000 hours (570 years): beyond what the plan packs into a long.
    Campaign campaign = Fixtures.berlinWeekdays().noAnswerCooldownHours(5_000_000)
        .busyCooldownHours(1).calls(calls).build();
    EligibilityEngine engine = EligibilityEngine.standard();

    List<PlannedContact> plan = engine.plan(campaign, contacts, DoNotCallList.empty(), now);

    assertThat(plan).isEqualTo(expectedPlan(engine, campaign, contacts, DoNotCallList.empty(), now));
    assertThat(plan.get(plan.size() - 1).decision().nextEligibleAt()).hasValueSatisfying(
        next -> assertThat(next).isAfter(now.plus(Duration.ofDays(365 * 500))));
  }

  @Property(tries = 3)
  void plan_ofANullContact_orArguments_failsLikeDecide(@ForAll long seed) {
    Campaign campaign = Fixtures.berlinWeekdays().build();
    List<Contact> withNull = new ArrayList<>(List.of(Contact.of("+15550000001")));
    withNull.add(new Random(seed).nextInt(2), null);
    EligibilityEngine engine = EligibilityEngine.standard();

    assertThatThrownBy(() -> engine.plan(campaign, withNull, DoNotCallList.empty(), Fixtures.WED_10_BERLIN))
        .isInstanceOf(NullPointerException.class).hasMessage("contact");
    assertThatThrownBy(() -> engine.plan(campaign, List.of(Contact.of("+15550000001")), null,
        Fixtures.WED_10_BERLIN)).isInstanceOf(NullPointerException.class).hasMessage("doNotCall");
    assertThatThrownBy(() -> engine.plan(null, List.of(Contact.of("+15550000001")),
        DoNotCallList.empty(), Fixtures.WED_10_BERLIN))
        .isInstanceOf(NullPointerException.class).hasMessage("campaign");
    assertThatThrownBy(() -> engine.plan(campaign, List.of(Contact.of("+15550000001")),
        DoNotCallList.empty(), null)).isInstanceOf(NullPointerException.class).hasMessage("now");
  }
}
