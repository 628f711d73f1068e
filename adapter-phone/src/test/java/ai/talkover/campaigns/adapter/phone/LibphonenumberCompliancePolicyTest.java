package ai.talkover.campaigns.adapter.phone;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.compliance.BlackoutZone;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.compliance.UnknownZone;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.domain.schedule.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** End to end: the engine's compliance policies with zones from the real libphonenumber mapper. */
class LibphonenumberCompliancePolicyTest {

  private static final LibphonenumberZoneLookup ZONES = LibphonenumberZoneLookup.create();

  private static Campaign campaign(String zone, String earliest, String latest) {
    return Campaign.builder()
        .id("cmp_e2e")
        .status("active")
        .timezone(zone)
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7))
        .earliestCallTime(earliest)
        .latestCallTime(latest)
        .build();
  }

  private static Instant at(String zone, int month, int day, int hour) {
    return ZonedDateTime.of(LocalDateTime.of(2026, month, day, hour, 0), ZoneId.of(zone)).toInstant();
  }

  @Test
  void tcpa_honoluluNumberFromNewYorkCampaign_waitsForEightInHonolulu() {
    EligibilityEngine engine = EligibilityEngine.withPolicies(
        CompliancePolicies.builder().recipientHours(RecipientHours.parse("TCPA")).build(), ZONES);
    Campaign ny = campaign("America/New_York", "09:00", "17:00");

    Decision d = engine.decide(ny, Contact.of("+1 808 555 0123"), DoNotCallList.empty(),
        Instant.parse("2026-06-01T13:00:00Z"));

    assertThat(d.reasons()).containsExactly(Reason.RECIPIENT_QUIET_HOURS);
    assertThat(d.nextEligibleAt()).contains(at("Pacific/Honolulu", 6, 1, 8));
  }

  @Test
  void tcpa_idahoNumber_isOpenOnlyWhereBoiseAndLosAngelesBothAllow() {
    EligibilityEngine engine = EligibilityEngine.withPolicies(
        CompliancePolicies.builder().recipientHours(RecipientHours.TCPA).build(), ZONES);
    Campaign allDayUtc = campaign("UTC", "00:00", "23:59:59");

    List<Interval> open = engine.openIntervals(allDayUtc, Contact.of("+12085550123"),
        DoNotCallList.empty(), Instant.parse("2026-06-01T06:00:00Z"),
        Instant.parse("2026-06-02T06:00:00Z"));

    Instant opens = at("America/Los_Angeles", 6, 1, 8);
    Instant closes = at("America/Boise", 6, 1, 21);
    assertThat(opens).isEqualTo("2026-06-01T15:00:00Z");
    assertThat(closes).isEqualTo("2026-06-02T03:00:00Z");
    // The campaign's own window closes for its last second of each UTC day.
    assertThat(open).containsExactly(
        new Interval(opens, Instant.parse("2026-06-01T23:59:59Z")),
        new Interval(Instant.parse("2026-06-02T00:00:00Z"), closes));
  }

  @Test
  void unknownZone_tollFree_refusedOrReadInTheFallbackZone() {
    Campaign ny = campaign("America/New_York", "09:00", "17:00");
    Instant now = at("America/New_York", 6, 1, 9);
    EligibilityEngine refusing = EligibilityEngine.withPolicies(
        CompliancePolicies.builder().recipientHours(RecipientHours.TCPA).build(), ZONES);
    EligibilityEngine honolulu = EligibilityEngine.withPolicies(CompliancePolicies.builder()
        .recipientHours(RecipientHours.TCPA)
        .unknownZone(UnknownZone.parse("Pacific/Honolulu")).build(), ZONES);

    Decision refused = refusing.decide(ny, Contact.of("+18005550123"), DoNotCallList.empty(), now);
    Decision fallback = honolulu.decide(ny, Contact.of("+18005550123"), DoNotCallList.empty(), now);

    assertThat(refused.reasons()).containsExactly(Reason.RECIPIENT_ZONE_UNKNOWN);
    assertThat(refused.nextEligibleAt()).isEmpty();
    assertThat(fallback.reasons()).containsExactly(Reason.RECIPIENT_QUIET_HOURS);
    assertThat(fallback.nextEligibleAt()).contains(at("Pacific/Honolulu", 6, 1, 8));
  }

  @Test
  void blackout_guamJulyFourth_blocksInTheRecipientZoneOnly() {
    Campaign ny = campaign("America/New_York", "08:00", "21:00");
    Instant guamMorning = ZonedDateTime.of(LocalDateTime.of(2026, 7, 4, 9, 0), ZoneId.of("Pacific/Guam"))
        .toInstant();
    Set<LocalDate> july4 = Set.of(LocalDate.of(2026, 7, 4));

    Decision recipient = EligibilityEngine.withPolicies(CompliancePolicies.builder()
            .blackoutDates(july4, BlackoutZone.parse("recipient")).build(), ZONES)
        .decide(ny, Contact.of("+16715550123"), DoNotCallList.empty(), guamMorning);
    Decision campaignZone = EligibilityEngine.withPolicies(CompliancePolicies.builder()
            .blackoutDates(july4, BlackoutZone.parse("campaign")).build(), ZONES)
        .decide(ny, Contact.of("+16715550123"), DoNotCallList.empty(), guamMorning);

    assertThat(guamMorning).isEqualTo("2026-07-03T23:00:00Z");
    assertThat(recipient.reasons()).containsExactly(Reason.BLACKOUT_DATE);
    assertThat(campaignZone.callable()).isTrue();
  }
}
