package ai.talkover.campaigns.domain.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.Fixtures;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.compliance.BlackoutZone;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.RecipientZoneLookup;
import ai.talkover.campaigns.domain.compliance.UnknownZone;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.internal.time.InstantSet;
import ai.talkover.campaigns.domain.internal.time.Intersection;
import ai.talkover.campaigns.domain.internal.time.LocalHoursSet;
import ai.talkover.campaigns.domain.internal.time.ZoneTimeline;
import ai.talkover.campaigns.domain.schedule.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The opt-in compliance policies applied by {@link EligibilityEngine#withPolicies}, on the scenarios of
 * issue 8. Zones come from a fake {@link RecipientZoneLookup} (a map); every expected instant is computed
 * here from local times with {@code ZonedDateTime}, independently of the engine.
 */
class CompliancePolicyEngineTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId HONOLULU = ZoneId.of("Pacific/Honolulu");
  private static final ZoneId BOISE = ZoneId.of("America/Boise");
  private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
  private static final ZoneId GUAM = ZoneId.of("Pacific/Guam");
  private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

  private static final PhoneNumber HONOLULU_NUMBER = PhoneNumber.parse("+18085550123");
  private static final PhoneNumber IDAHO_NUMBER = PhoneNumber.parse("+12085550123");
  private static final PhoneNumber TOLL_FREE = PhoneNumber.parse("+18005550123");
  private static final PhoneNumber GUAM_NUMBER = PhoneNumber.parse("+16715550123");
  private static final PhoneNumber MIAMI_NUMBER = PhoneNumber.parse("+13055550123");

  /** The fake lookup: the zones libphonenumber gives these numbers (checked in adapter-phone). */
  private static final RecipientZoneLookup ZONES = number -> Map.of(
      HONOLULU_NUMBER, Set.of(HONOLULU),
      IDAHO_NUMBER, Set.of(BOISE, LOS_ANGELES),
      GUAM_NUMBER, Set.of(GUAM),
      MIAMI_NUMBER, Set.of(NEW_YORK)).getOrDefault(number, Set.of());

  private static Instant at(ZoneId zone, int year, int month, int day, int hour, int minute) {
    return ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), zone).toInstant();
  }

  private static Campaign.Builder campaign(String zone, String earliest, String latest) {
    return Campaign.builder()
        .id("cmp_1")
        .status("active")
        .timezone(zone)
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7))
        .earliestCallTime(earliest)
        .latestCallTime(latest);
  }

  private static EligibilityEngine engine(CompliancePolicies policies) {
    return EligibilityEngine.withPolicies(policies, ZONES);
  }

  private static CompliancePolicies tcpa() {
    return CompliancePolicies.builder().recipientHours(RecipientHours.TCPA).build();
  }

  // ------------------------------------------------------------------ recipient hours

  @Test
  void decide_honoluluAtThreeLocal_refusedForQuietHoursAndNextAtEightLocal() {
    Campaign nyNineToFive = campaign("America/New_York", "09:00", "17:00").build();
    Instant now = Instant.parse("2026-06-01T13:00:00Z");
    assertThat(now.atZone(HONOLULU).toLocalTime()).hasToString("03:00");

    Decision d = engine(tcpa()).decide(nyNineToFive, HONOLULU_NUMBER, DoNotCallList.empty(), now);

    assertThat(d.callable()).isFalse();
    assertThat(d.reasons()).containsExactly(Reason.RECIPIENT_QUIET_HOURS);
    Instant eightInHonolulu = at(HONOLULU, 2026, 6, 1, 8, 0);
    assertThat(eightInHonolulu).isEqualTo("2026-06-01T18:00:00Z");
    assertThat(d.nextEligibleAt()).contains(eightInHonolulu);
  }

  @Test
  void openIntervals_honolulu_isEightLocalToFivePmNewYork() {
    Campaign nyNineToFive = campaign("America/New_York", "09:00", "17:00").build();
    Contact contact = Contact.of(HONOLULU_NUMBER);

    List<Interval> open = engine(tcpa()).openIntervals(nyNineToFive, contact, DoNotCallList.empty(),
        Instant.parse("2026-06-01T13:00:00Z"), Instant.parse("2026-06-02T13:00:00Z"));

    assertThat(open).containsExactly(
        new Interval(at(HONOLULU, 2026, 6, 1, 8, 0), at(NEW_YORK, 2026, 6, 1, 17, 0)));
    assertThat(open.get(0)).hasToString("[2026-06-01T18:00:00Z, 2026-06-01T21:00:00Z)");
  }

  @Test
  void decide_insideBothWindows_isCallable() {
    Campaign nyNineToFive = campaign("America/New_York", "09:00", "17:00").build();
    Instant now = Instant.parse("2026-06-01T19:30:00Z");

    Decision d = engine(tcpa()).decide(nyNineToFive, HONOLULU_NUMBER, DoNotCallList.empty(), now);

    assertThat(d.callable()).isTrue();
    assertThat(d.reasons()).isEmpty();
    assertThat(d.nextEligibleAt()).contains(now);
  }

  @Test
  void openIntervals_numberInBoiseAndLosAngeles_holdInBothZones() {
    // Open 00:00-23:59:59 every day in UTC: only the campaign's last second of each UTC day is closed.
    Campaign allDayUtc = campaign("UTC", "00:00", "23:59:59").build();
    Contact contact = Contact.of(IDAHO_NUMBER);
    Instant from = Instant.parse("2026-06-01T06:00:00Z");

    List<Interval> open = engine(tcpa()).openIntervals(allDayUtc, contact, DoNotCallList.empty(),
        from, Instant.parse("2026-06-02T12:00:00Z"));

    // 08:00 in Los Angeles (PDT) is later than 08:00 in Boise (MDT); 21:00 in Boise is earlier.
    Instant opens = at(LOS_ANGELES, 2026, 6, 1, 8, 0);
    Instant closes = at(BOISE, 2026, 6, 1, 21, 0);
    assertThat(opens).isEqualTo("2026-06-01T15:00:00Z");
    assertThat(closes).isEqualTo("2026-06-02T03:00:00Z");
    assertThat(open).containsExactly(
        new Interval(opens, Instant.parse("2026-06-01T23:59:59Z")),
        new Interval(Instant.parse("2026-06-02T00:00:00Z"), closes));
    assertThat(engine(tcpa()).decide(allDayUtc, contact, DoNotCallList.empty(), from)
        .nextEligibleAt()).contains(opens);
  }

  @Test
  void recipientHoursInEveryZone_boiseAndLosAngeles_areFifteenToThreeUtc() {
    InstantSet both = Intersection.of(List.of(
        Fixtures.hoursIn(RecipientHours.TCPA, BOISE),
        Fixtures.hoursIn(RecipientHours.TCPA, LOS_ANGELES)));
    long from = Instant.parse("2026-06-01T06:00:00Z").getEpochSecond();

    long opens = both.nextOpenSecond(from, from + 86_400);
    long closes = both.nextClosedSecond(opens);

    assertThat(Instant.ofEpochSecond(opens)).isEqualTo("2026-06-01T15:00:00Z");
    assertThat(Instant.ofEpochSecond(closes)).isEqualTo("2026-06-02T03:00:00Z");
  }

  @Test
  void decide_boiseOpenButLosAngelesQuiet_isRefused() {
    Campaign allDayUtc = campaign("UTC", "00:00", "23:59:59").build();
    Instant now = Instant.parse("2026-06-01T14:30:00Z"); // 08:30 in Boise, 07:30 in Los Angeles

    Decision d = engine(tcpa()).decide(allDayUtc, IDAHO_NUMBER, DoNotCallList.empty(), now);

    assertThat(d.reasons()).containsExactly(Reason.RECIPIENT_QUIET_HOURS);
    assertThat(d.nextEligibleAt()).contains(Instant.parse("2026-06-01T15:00:00Z"));
  }

  @Test
  void decide_canadaPreset_readsWeekendHoursOnRecipientsSaturday() {
    Campaign allDayUtc = campaign("UTC", "00:00", "23:59:59").build();
    CompliancePolicies crtc = CompliancePolicies.builder().recipientHours(RecipientHours.CA_CRTC)
        .unknownZone(UnknownZone.fallback(ZoneId.of("America/Toronto"))).build();
    PhoneNumber toronto = PhoneNumber.parse("+14165550123");
    // Saturday 2026-06-06 09:30 in Toronto: before the weekend's 10:00.
    Instant now = at(ZoneId.of("America/Toronto"), 2026, 6, 6, 9, 30);

    Decision d = engine(crtc).decide(allDayUtc, toronto, DoNotCallList.empty(), now);

    assertThat(d.reasons()).containsExactly(Reason.RECIPIENT_QUIET_HOURS);
    assertThat(d.nextEligibleAt()).contains(at(ZoneId.of("America/Toronto"), 2026, 6, 6, 10, 0));
  }

  // ------------------------------------------------------------------ unknown zone

  @Test
  void decide_tollFreeRefused_isPermanentlyBlockedWithZoneUnknown() {
    Campaign nyNineToFive = campaign("America/New_York", "09:00", "17:00").build();
    Instant now = at(NEW_YORK, 2026, 6, 1, 10, 0);

    Decision d = engine(tcpa()).decide(nyNineToFive, TOLL_FREE, DoNotCallList.empty(), now);

    assertThat(d.callable()).isFalse();
    assertThat(d.reasons()).containsExactly(Reason.RECIPIENT_ZONE_UNKNOWN);
    assertThat(d.isBlocked()).isTrue();
    assertThat(d.nextEligibleAt()).isEmpty();
    assertThat(engine(tcpa()).openIntervals(nyNineToFive, Contact.of(TOLL_FREE),
        DoNotCallList.empty(), now, now.plus(Duration.ofDays(7)))).isEmpty();
  }

  @Test
  void decide_tollFreeWithFallbackZone_readsItsLocalTimeThere() {
    Campaign nyAllDay = campaign("America/New_York", "00:00", "23:59:59").build();
    CompliancePolicies chicago = CompliancePolicies.builder().recipientHours(RecipientHours.TCPA)
        .unknownZone(UnknownZone.fallback(CHICAGO)).build();
    Instant early = at(CHICAGO, 2026, 6, 1, 7, 30);
    Instant inHours = at(CHICAGO, 2026, 6, 1, 8, 0);

    Decision before = engine(chicago).decide(nyAllDay, TOLL_FREE, DoNotCallList.empty(), early);
    Decision during = engine(chicago).decide(nyAllDay, TOLL_FREE, DoNotCallList.empty(), inHours);

    assertThat(before.reasons()).containsExactly(Reason.RECIPIENT_QUIET_HOURS);
    assertThat(before.nextEligibleAt()).contains(inHours);
    assertThat(during.callable()).isTrue();
  }

  @Test
  void decide_knownZoneWithFallbackConfigured_ignoresTheFallback() {
    Campaign nyNineToFive = campaign("America/New_York", "09:00", "17:00").build();
    CompliancePolicies chicago = CompliancePolicies.builder().recipientHours(RecipientHours.TCPA)
        .unknownZone(UnknownZone.fallback(CHICAGO)).build();
    Instant now = Instant.parse("2026-06-01T13:00:00Z");

    Decision d = engine(chicago).decide(nyNineToFive, HONOLULU_NUMBER, DoNotCallList.empty(), now);

    assertThat(d.nextEligibleAt()).contains(Instant.parse("2026-06-01T18:00:00Z"));
  }

  @Test
  void decide_onlyCampaignZonePolicies_neverAsksTheLookup() {
    AtomicInteger asked = new AtomicInteger();
    RecipientZoneLookup counting = number -> {
      asked.incrementAndGet();
      return Set.of();
    };
    CompliancePolicies campaignOnly = CompliancePolicies.builder()
        .blackoutDates(Set.of(LocalDate.of(2026, 12, 25)), BlackoutZone.CAMPAIGN)
        .attemptCap(3, Duration.ofDays(1)).build();
    Campaign nyNineToFive = campaign("America/New_York", "09:00", "17:00").build();

    Decision d = EligibilityEngine.withPolicies(campaignOnly, counting)
        .decide(nyNineToFive, TOLL_FREE, DoNotCallList.empty(), at(NEW_YORK, 2026, 6, 1, 10, 0));

    assertThat(d.callable()).isTrue();
    assertThat(asked).hasValue(0);
  }

  @Test
  void decide_lookupReturningNull_failsNamingTheNumber() {
    EligibilityEngine broken = EligibilityEngine.withPolicies(tcpa(), number -> null);
    Campaign nyNineToFive = campaign("America/New_York", "09:00", "17:00").build();

    assertThatThrownBy(() -> broken.decide(nyNineToFive, HONOLULU_NUMBER, DoNotCallList.empty(),
        Instant.parse("2026-06-01T13:00:00Z")))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("+18085550123");
  }

  // ------------------------------------------------------------------ blackout dates

  @Test
  void decide_guamJulyFourthInRecipientZone_isBlackedOutUntilGuamMidnight() {
    Campaign nyDaytime = campaign("America/New_York", "08:00", "21:00").build();
    CompliancePolicies july4 = CompliancePolicies.builder()
        .blackoutDates(Set.of(LocalDate.of(2026, 7, 4)), BlackoutZone.RECIPIENT).build();
    Instant now = at(GUAM, 2026, 7, 4, 9, 0);
    assertThat(now).isEqualTo("2026-07-03T23:00:00Z");

    Decision d = engine(july4).decide(nyDaytime, GUAM_NUMBER, DoNotCallList.empty(), now);

    assertThat(d.callable()).isFalse();
    assertThat(d.reasons()).containsExactly(Reason.BLACKOUT_DATE);
    // July 5 00:00 in Guam is July 4 10:00 in New York: inside the campaign's window.
    Instant guamJuly5 = at(GUAM, 2026, 7, 5, 0, 0);
    assertThat(guamJuly5.atZone(NEW_YORK).toLocalTime()).hasToString("10:00");
    assertThat(d.nextEligibleAt()).contains(guamJuly5);
  }

  @Test
  void decide_guamJulyFourthInCampaignZone_isStillJulyThirdInNewYork() {
    Campaign nyDaytime = campaign("America/New_York", "08:00", "21:00").build();
    CompliancePolicies july4 = CompliancePolicies.builder()
        .blackoutDates(Set.of(LocalDate.of(2026, 7, 4)), BlackoutZone.CAMPAIGN).build();
    Instant now = at(GUAM, 2026, 7, 4, 9, 0);

    Decision d = engine(july4).decide(nyDaytime, GUAM_NUMBER, DoNotCallList.empty(), now);

    assertThat(d.callable()).isTrue();
    List<Interval> open = engine(july4).openIntervals(nyDaytime, Contact.of(GUAM_NUMBER),
        DoNotCallList.empty(), now, at(NEW_YORK, 2026, 7, 6, 0, 0));
    assertThat(open).containsExactly(
        new Interval(now, at(NEW_YORK, 2026, 7, 3, 21, 0)),
        new Interval(at(NEW_YORK, 2026, 7, 5, 8, 0), at(NEW_YORK, 2026, 7, 5, 21, 0)));
  }

  @Test
  void decide_blackoutInAnyRecipientZone_blocksTheNumber() {
    Campaign allDayUtc = campaign("UTC", "00:00", "23:59:59").build();
    CompliancePolicies newYear = CompliancePolicies.builder()
        .blackoutDates(Set.of(LocalDate.of(2027, 1, 1)), BlackoutZone.RECIPIENT).build();
    // 2027-01-01T07:30Z: already January 1 in Boise (00:30 MST), still December 31 in Los Angeles.
    Instant now = Instant.parse("2027-01-01T07:30:00Z");

    Decision d = engine(newYear).decide(allDayUtc, IDAHO_NUMBER, DoNotCallList.empty(), now);

    assertThat(d.reasons()).containsExactly(Reason.BLACKOUT_DATE);
    assertThat(d.nextEligibleAt()).contains(at(LOS_ANGELES, 2027, 1, 2, 0, 0));
  }

  @Test
  void decide_consecutiveBlackoutDays_skipTheWholeRun() {
    Campaign nyDaytime = campaign("America/New_York", "08:00", "21:00").build();
    CompliancePolicies holidays = CompliancePolicies.builder().blackoutDates(
        List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 26)),
        BlackoutZone.CAMPAIGN).build();

    Decision d = engine(holidays).decide(nyDaytime, HONOLULU_NUMBER, DoNotCallList.empty(),
        at(NEW_YORK, 2026, 12, 24, 12, 0));

    assertThat(d.reasons()).containsExactly(Reason.BLACKOUT_DATE);
    assertThat(d.nextEligibleAt()).contains(at(NEW_YORK, 2026, 12, 27, 8, 0));
  }

  // ------------------------------------------------------------------ attempt cap

  private static Campaign floridaCampaign() {
    Instant first = at(NEW_YORK, 2026, 6, 1, 10, 0);
    Instant second = at(NEW_YORK, 2026, 6, 1, 14, 0);
    Instant third = at(NEW_YORK, 2026, 6, 1, 19, 30);
    return campaign("America/New_York", "08:00", "20:00")
        .maxRetries(5)
        .retryCooldownHours(1)
        .calls(List.of(
            new Campaign.CallInput("c1", "+13055550123", "no-answer", 0, first.toString(), null),
            new Campaign.CallInput("c2", "+13055550123", "busy", 1, second.toString(), null),
            new Campaign.CallInput("c3", "+13055550123", "no-answer", 2, third.toString(), null)))
        .build();
  }

  @Test
  void decide_threeAttemptsCappedAtThreePerDay_waitsForTheOldestToTurnOneDayOld() {
    CompliancePolicies floridaRules = CompliancePolicies.builder()
        .recipientHours(RecipientHours.US_STRICT).attemptCap(3, Duration.ofHours(24)).build();
    Instant eightNextMorning = at(NEW_YORK, 2026, 6, 2, 8, 0);

    Decision d = engine(floridaRules).decide(floridaCampaign(), MIAMI_NUMBER, DoNotCallList.empty(),
        eightNextMorning);

    assertThat(d.callable()).isFalse();
    assertThat(d.reasons()).containsExactly(Reason.ATTEMPT_CAP);
    assertThat(d.nextEligibleAt()).contains(at(NEW_YORK, 2026, 6, 2, 10, 0));
    assertThat(d.nextEligibleAt()).contains(Instant.parse("2026-06-02T14:00:00Z"));
  }

  @Test
  void decide_capReleasedAtExactlyThePeriod_isCallable() {
    CompliancePolicies cap = CompliancePolicies.builder().attemptCap(3, Duration.ofHours(24)).build();
    Instant released = at(NEW_YORK, 2026, 6, 2, 10, 0);

    Decision oneSecondBefore = engine(cap).decide(floridaCampaign(), MIAMI_NUMBER,
        DoNotCallList.empty(), released.minusSeconds(1));
    Decision atRelease = engine(cap).decide(floridaCampaign(), MIAMI_NUMBER,
        DoNotCallList.empty(), released);

    assertThat(oneSecondBefore.reasons()).containsExactly(Reason.ATTEMPT_CAP);
    assertThat(oneSecondBefore.nextEligibleAt()).contains(released);
    assertThat(atRelease.callable()).isTrue();
  }

  @Test
  void decide_capCountsKnownAttemptsWithTheCampaignsCalls() {
    CompliancePolicies fourPerDay =
        CompliancePolicies.builder().attemptCap(4, Duration.ofHours(24)).build();
    Instant fourth = at(NEW_YORK, 2026, 6, 1, 19, 45);
    Contact contact = Contact.of(MIAMI_NUMBER)
        .withKnownAttempts(List.of(CallAttempt.of(fourth, "failed")));
    Instant now = at(NEW_YORK, 2026, 6, 2, 9, 0);

    Decision withKnown = engine(fourPerDay).decide(floridaCampaign(), contact,
        DoNotCallList.empty(), now);
    Decision without = engine(fourPerDay).decide(floridaCampaign(), MIAMI_NUMBER,
        DoNotCallList.empty(), now);

    assertThat(withKnown.reasons()).containsExactly(Reason.ATTEMPT_CAP);
    assertThat(withKnown.nextEligibleAt()).contains(at(NEW_YORK, 2026, 6, 2, 10, 0));
    assertThat(without.callable()).isTrue();
  }

  @Test
  void decide_capReleasedDuringQuietHours_waitsForRecipientHours() {
    CompliancePolicies strictOnePerHalfDay = CompliancePolicies.builder()
        .recipientHours(RecipientHours.US_STRICT).attemptCap(1, Duration.ofHours(12)).build();
    // The latest attempt (19:30) releases a 1-per-12h cap at 07:30 the next day: before 08:00.
    Instant now = at(NEW_YORK, 2026, 6, 1, 21, 0);

    Decision d = engine(strictOnePerHalfDay).decide(floridaCampaign(), MIAMI_NUMBER,
        DoNotCallList.empty(), now);

    assertThat(d.reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW,
        Reason.RECIPIENT_QUIET_HOURS, Reason.ATTEMPT_CAP);
    assertThat(d.nextEligibleAt()).contains(at(NEW_YORK, 2026, 6, 2, 8, 0));
  }

  // ------------------------------------------------------------------ together and apart

  @Test
  void decide_everyPolicyFailing_listsEveryReason() {
    CompliancePolicies all = CompliancePolicies.builder()
        .recipientHours(RecipientHours.TCPA)
        .blackoutDates(Set.of(LocalDate.of(2026, 6, 1)), BlackoutZone.RECIPIENT)
        .attemptCap(3, Duration.ofDays(2)).build();
    Instant now = at(NEW_YORK, 2026, 6, 1, 21, 30);

    Decision d = engine(all).decide(floridaCampaign(), MIAMI_NUMBER, DoNotCallList.empty(), now);

    assertThat(d.reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW,
        Reason.RECIPIENT_QUIET_HOURS, Reason.BLACKOUT_DATE, Reason.ATTEMPT_CAP);
    // The cap releases 2 days after 10:00 on June 1, inside the window and the hours.
    assertThat(d.nextEligibleAt()).contains(at(NEW_YORK, 2026, 6, 3, 10, 0));
  }

  @Test
  void decide_permanentBlock_keepsPolicyReasonsButHasNoNextInstant() {
    Campaign paused = campaign("America/New_York", "09:00", "17:00").status("paused").build();

    Decision d = engine(tcpa()).decide(paused, HONOLULU_NUMBER, DoNotCallList.empty(),
        Instant.parse("2026-06-01T13:00:00Z"));

    assertThat(d.reasons()).containsExactly(Reason.CAMPAIGN_NOT_ACTIVE, Reason.RECIPIENT_QUIET_HOURS);
    assertThat(d.nextEligibleAt()).isEmpty();
  }

  @Test
  void decide_windowAndHoursNeverMeet_noWindowAvailable() {
    Campaign nyMorning = campaign("America/New_York", "08:00", "09:00").build();
    // 08:00-09:00 in New York is 02:00-03:00 in Honolulu: never inside 08:00-21:00.
    Decision d = engine(tcpa()).decide(nyMorning, HONOLULU_NUMBER, DoNotCallList.empty(),
        Instant.parse("2026-06-01T12:00:00Z"));

    assertThat(d.reasons()).containsExactly(Reason.NO_WINDOW_AVAILABLE,
        Reason.RECIPIENT_QUIET_HOURS);
    assertThat(d.nextEligibleAt()).isEmpty();
  }

  @Test
  void withPolicies_none_isTheStandardEngine() {
    assertThat(EligibilityEngine.withPolicies(CompliancePolicies.none(), ZONES))
        .isSameAs(EligibilityEngine.standard());
    assertThat(EligibilityEngine.standard().policies()).isEqualTo(CompliancePolicies.none());
    assertThat(engine(tcpa()).policies()).isEqualTo(tcpa());
  }

  @Test
  void decide_policiesThatNeverBind_giveTheStandardDecisions() {
    Campaign florida = floridaCampaign();
    CompliancePolicies loose = CompliancePolicies.builder()
        .recipientHours(RecipientHours.parse("00:00-23:59:59"))
        .blackoutDates(Set.of(LocalDate.of(1999, 1, 1)), BlackoutZone.RECIPIENT)
        .attemptCap(100, Duration.ofDays(1)).build();
    EligibilityEngine policed = engine(loose);
    List<Instant> instants = new ArrayList<>();
    for (Instant t = Instant.parse("2026-06-01T00:00:00Z");
        t.isBefore(Instant.parse("2026-06-04T00:00:00Z")); t = t.plus(Duration.ofMinutes(17))) {
      instants.add(t);
    }

    for (Instant t : instants) {
      // 23:59:59 local is closed by the recipient hours; outside the campaign's 08:00-20:00 anyway.
      assertThat(policed.decide(florida, MIAMI_NUMBER, DoNotCallList.empty(), t))
          .as("at %s", t)
          .isEqualTo(EligibilityEngine.standard().decide(florida, MIAMI_NUMBER,
              DoNotCallList.empty(), t));
    }
  }

  @Test
  void openIntervals_toBeforeFrom_isRejected() {
    Campaign c = campaign("UTC", "09:00", "17:00").build();
    Instant now = Instant.parse("2026-06-01T00:00:00Z");

    assertThatThrownBy(() -> engine(tcpa()).openIntervals(c, Contact.of(HONOLULU_NUMBER),
        DoNotCallList.empty(), now, now.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before");
  }
}
