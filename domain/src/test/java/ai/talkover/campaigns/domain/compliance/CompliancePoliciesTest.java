package ai.talkover.campaigns.domain.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The policy values, their builder's validation and the command-line parsing helpers. */
class CompliancePoliciesTest {

  private static LocalTime t(String hhmm) {
    return LocalTime.parse(hhmm);
  }

  // ------------------------------------------------------------------ RecipientHours

  @Test
  void quietHoursPresets_allowTheirLegalHours() {
    assertThat(RecipientHours.TCPA.allows(DayOfWeek.SUNDAY, t("08:00"))).isTrue();
    assertThat(RecipientHours.TCPA.allows(DayOfWeek.SUNDAY, t("20:59:59"))).isTrue();
    assertThat(RecipientHours.TCPA.allows(DayOfWeek.SUNDAY, t("21:00"))).isFalse();
    assertThat(RecipientHours.TCPA.allows(DayOfWeek.MONDAY, t("07:59:59"))).isFalse();
    assertThat(RecipientHours.US_STRICT.allows(DayOfWeek.MONDAY, t("19:59:59"))).isTrue();
    assertThat(RecipientHours.US_STRICT.allows(DayOfWeek.MONDAY, t("20:00"))).isFalse();
    assertThat(RecipientHours.CA_CRTC.allows(DayOfWeek.FRIDAY, t("21:29"))).isTrue();
    assertThat(RecipientHours.CA_CRTC.allows(DayOfWeek.FRIDAY, t("09:00"))).isTrue();
    assertThat(RecipientHours.CA_CRTC.allows(DayOfWeek.SATURDAY, t("09:30"))).isFalse();
    assertThat(RecipientHours.CA_CRTC.allows(DayOfWeek.SUNDAY, t("18:00"))).isFalse();
    assertThat(RecipientHours.CA_CRTC.allows(DayOfWeek.SUNDAY, t("17:59"))).isTrue();
  }

  @Test
  void quietHoursParse_presetNames_inAnyCaseWithDashOrUnderscore() {
    assertThat(RecipientHours.parse("TCPA")).isSameAs(RecipientHours.TCPA);
    assertThat(RecipientHours.parse("tcpa")).isSameAs(RecipientHours.TCPA);
    assertThat(RecipientHours.parse("us-strict")).isSameAs(RecipientHours.US_STRICT);
    assertThat(RecipientHours.parse(" CA_CRTC ")).isSameAs(RecipientHours.CA_CRTC);
  }

  @Test
  void quietHoursParse_customRanges_applyEveryDayAsTheirUnion() {
    RecipientHours split = RecipientHours.parse("08:00-12:00, 13:00-20:00");

    for (DayOfWeek d : DayOfWeek.values()) {
      assertThat(split.rangesOn(d)).containsExactly(
          TimeRange.parse("08:00", "12:00"), TimeRange.parse("13:00", "20:00"));
    }
    assertThat(split.allows(DayOfWeek.WEDNESDAY, t("12:30"))).isFalse();
    assertThat(RecipientHours.parse("08:00-21:00")).isEqualTo(RecipientHours.TCPA);
  }

  @Test
  void quietHoursParse_perDayType_setsEachNamedDay() {
    RecipientHours crtc = RecipientHours.parse("weekdays=09:00-21:30;weekends=10:00-18:00");
    RecipientHours sundays = RecipientHours.parse("mon-sat=08:00-20:00; sun=12:00-18:00:30");
    RecipientHours wrapped = RecipientHours.parse("sat-mon=10:00-11:00");

    assertThat(crtc).isEqualTo(RecipientHours.CA_CRTC);
    assertThat(sundays.rangesOn(DayOfWeek.SATURDAY)).containsExactly(TimeRange.parse("08:00", "20:00"));
    assertThat(sundays.rangesOn(DayOfWeek.SUNDAY)).containsExactly(TimeRange.parse("12:00", "18:00:30"));
    assertThat(wrapped.rangesOn(DayOfWeek.MONDAY)).hasSize(1);
    assertThat(wrapped.rangesOn(DayOfWeek.SUNDAY)).hasSize(1);
    assertThat(wrapped.rangesOn(DayOfWeek.TUESDAY)).isEmpty();
    assertThat(wrapped.allows(DayOfWeek.TUESDAY, t("10:30"))).isFalse();
  }

  @Test
  void quietHoursParse_badText_namesTheFaultyPart() {
    assertThatThrownBy(() -> RecipientHours.parse("TCPB"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recipient hours: 'TCPB'").hasMessageContaining("preset");
    assertThatThrownBy(() -> RecipientHours.parse("08:00-25:00"))
        .hasMessageContaining("'08:00-25:00' is not a range HH:MM-HH:MM");
    assertThatThrownBy(() -> RecipientHours.parse("21:00-08:00"))
        .hasMessageContaining("the end is not after the start");
    assertThatThrownBy(() -> RecipientHours.parse("weekdays=09:00-17:00;weekdays=10:00-12:00"))
        .hasMessageContaining("mon is set twice");
    assertThatThrownBy(() -> RecipientHours.parse("funday=09:00-17:00"))
        .hasMessageContaining("'funday' is not daily, weekdays, weekends");
    assertThatThrownBy(() -> RecipientHours.parse("09:00-17:00;sun=10:00-12:00"))
        .hasMessageContaining("part '09:00-17:00' names no days");
    assertThatThrownBy(() -> RecipientHours.parse(""))
        .hasMessageContaining("recipient hours: ''");
    assertThatThrownBy(() -> RecipientHours.parse("08:00-12:00,"))
        .hasMessageContaining("'' is not a range");
  }

  @Test
  void quietHoursFactories_rejectHoursWithNoAllowedTime() {
    assertThatThrownBy(() -> RecipientHours.everyDay(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no allowed range on any day");
    assertThatThrownBy(() -> RecipientHours.byDay(Map.of(DayOfWeek.MONDAY, List.of())))
        .hasMessageContaining("no allowed range on any day");
    RecipientHours mondays = RecipientHours.byDay(Map.of(DayOfWeek.MONDAY, List.of(TimeRange.parse("09:00", "10:00"))));
    assertThat(mondays.allows(DayOfWeek.MONDAY, t("09:59"))).isTrue();
    assertThat(mondays.allows(DayOfWeek.TUESDAY, t("09:30"))).isFalse();
  }

  @Test
  void quietHours_copyTheirInput() {
    List<TimeRange> ranges = new ArrayList<>(List.of(TimeRange.parse("08:00", "21:00")));
    RecipientHours hours = RecipientHours.everyDay(ranges);

    ranges.add(TimeRange.parse("22:00", "23:00"));

    assertThat(hours.rangesOn(DayOfWeek.MONDAY)).hasSize(1);
    assertThat(hours).isEqualTo(RecipientHours.TCPA).hasSameHashCodeAs(RecipientHours.TCPA);
  }

  // ------------------------------------------------------------------ periods and other helpers

  @Test
  void parsePeriod_shortAndIsoForms() {
    assertThat(AttemptCap.parsePeriod("24h")).isEqualTo(Duration.ofHours(24));
    assertThat(AttemptCap.parsePeriod("90m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(AttemptCap.parsePeriod("7d")).isEqualTo(Duration.ofDays(7));
    assertThat(AttemptCap.parsePeriod("45s")).isEqualTo(Duration.ofSeconds(45));
    assertThat(AttemptCap.parsePeriod("12H")).isEqualTo(Duration.ofHours(12));
    assertThat(AttemptCap.parsePeriod("PT24H")).isEqualTo(Duration.ofHours(24));
    assertThat(AttemptCap.parsePeriod("P1DT12H")).isEqualTo(Duration.ofHours(36));
    assertThat(AttemptCap.parsePeriod("pt90m")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void parsePeriod_badOrNonPositive_isRejectedNamingTheText() {
    for (String bad : List.of("", "h", "24", "24x", "-1h", "1.5h", "PT", "P1Y", "99999999999999h")) {
      assertThatThrownBy(() -> AttemptCap.parsePeriod(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("period: '" + bad + "'");
    }
    assertThatThrownBy(() -> AttemptCap.parsePeriod("0h")).hasMessageContaining("is not positive");
    assertThatThrownBy(() -> AttemptCap.parsePeriod("PT-1H")).hasMessageContaining("is not positive");
  }

  @Test
  void attemptCap_validatesItsValues() {
    assertThatThrownBy(() -> new AttemptCap(0, Duration.ofHours(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max attempts: 0 is not at least 1");
    assertThatThrownBy(() -> new AttemptCap(3, Duration.ZERO))
        .hasMessageContaining("period: PT0S is not positive");
    assertThat(new AttemptCap(3, Duration.ofDays(1)).maxAttempts()).isEqualTo(3);
  }

  @Test
  void blackoutZoneAndUnknownZoneAndDate_parseTheirCommandLineSpelling() {
    assertThat(BlackoutZone.parse("campaign")).isEqualTo(BlackoutZone.CAMPAIGN);
    assertThat(BlackoutZone.parse("RECIPIENT")).isEqualTo(BlackoutZone.RECIPIENT);
    assertThatThrownBy(() -> BlackoutZone.parse("local"))
        .hasMessageContaining("blackout zone: 'local' is not campaign or recipient");

    assertThat(UnknownZone.parse("refuse")).isSameAs(UnknownZone.REFUSE);
    assertThat(UnknownZone.parse("America/Chicago").fallbackZone()).contains(ZoneId.of("America/Chicago"));
    assertThat(UnknownZone.REFUSE.refuses()).isTrue();
    assertThat(UnknownZone.fallback(ZoneId.of("UTC")).refuses()).isFalse();
    assertThatThrownBy(() -> UnknownZone.parse("Mars/Olympus"))
        .hasMessageContaining("fallback zone: 'Mars/Olympus' is not an IANA time zone id");

    assertThat(CompliancePolicies.parseBlackoutDate("2026-07-04")).isEqualTo(LocalDate.of(2026, 7, 4));
    assertThatThrownBy(() -> CompliancePolicies.parseBlackoutDate("07/04/2026"))
        .hasMessageContaining("blackout date: '07/04/2026' is not a date YYYY-MM-DD");
  }

  // ------------------------------------------------------------------ CompliancePolicies

  @Test
  void builder_defaults_areOffRefusingUnknownZonesAndReadingTheCampaignZone() {
    CompliancePolicies none = CompliancePolicies.builder().build();

    assertThat(none.isEmpty()).isTrue();
    assertThat(none).isEqualTo(CompliancePolicies.none());
    assertThat(none.recipientHours()).isEmpty();
    assertThat(none.attemptCap()).isEmpty();
    assertThat(none.blackoutDates()).isEmpty();
    assertThat(none.unknownZone()).isSameAs(UnknownZone.REFUSE);
    assertThat(none.blackoutZone()).isEqualTo(BlackoutZone.CAMPAIGN);
    assertThat(none.readsRecipientZone()).isFalse();
  }

  @Test
  void builder_keepsEveryPolicy() {
    CompliancePolicies p = CompliancePolicies.builder()
        .recipientHours(RecipientHours.TCPA)
        .unknownZone(UnknownZone.fallback(ZoneId.of("America/Chicago")))
        .blackoutDates(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 7, 4),
            LocalDate.of(2026, 7, 4)), BlackoutZone.RECIPIENT)
        .attemptCap(3, Duration.ofHours(24))
        .build();

    assertThat(p.isEmpty()).isFalse();
    assertThat(p.readsRecipientZone()).isTrue();
    assertThat(p.recipientHours()).contains(RecipientHours.TCPA);
    assertThat(p.blackoutDates()).containsExactly(LocalDate.of(2026, 7, 4), LocalDate.of(2026, 12, 25));
    assertThat(p.blackoutZone()).isEqualTo(BlackoutZone.RECIPIENT);
    assertThat(p.attemptCap()).contains(new AttemptCap(3, Duration.ofHours(24)));
    assertThat(p.unknownZone().fallbackZone()).contains(ZoneId.of("America/Chicago"));
    assertThat(p.toString()).contains("08:00:00-21:00:00").contains("2026-07-04");
  }

  @Test
  void builder_badInput_isRejectedWithAClearMessage() {
    assertThatThrownBy(() -> CompliancePolicies.builder().blackoutDates(Set.of(), BlackoutZone.CAMPAIGN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blackout dates: at least one date is required");
    assertThatThrownBy(() -> CompliancePolicies.builder().attemptCap(0, Duration.ofHours(24)))
        .hasMessageContaining("max attempts: 0 is not at least 1");
    assertThatThrownBy(() -> CompliancePolicies.builder().attemptCap(3, Duration.ofHours(-1)))
        .hasMessageContaining("is not positive");
    assertThatThrownBy(() -> CompliancePolicies.builder().recipientHours(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("recipientHours");
  }

  @Test
  void builder_unknownZoneWithoutAPolicyReadingTheRecipientZone_isRejected() {
    CompliancePolicies.Builder campaignOnly = CompliancePolicies.builder()
        .blackoutDates(Set.of(LocalDate.of(2026, 7, 4)), BlackoutZone.CAMPAIGN)
        .unknownZone(UnknownZone.fallback(ZoneId.of("UTC")));

    assertThatThrownBy(campaignOnly::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown zone")
        .hasMessageContaining("no policy reads the recipient's zone");
  }
}
