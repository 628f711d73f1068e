package ai.talkover.campaigns.domain.campaign;

import static ai.talkover.campaigns.domain.Fixtures.berlinWeekdays;
import static ai.talkover.campaigns.domain.Fixtures.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.talkover.campaigns.domain.Fixtures;
import ai.talkover.campaigns.domain.campaign.Campaign.CallInput;
import ai.talkover.campaigns.domain.campaign.Campaign.TimeRangeInput;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException.Violation;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.schedule.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CampaignValidationTest {

  private static InvalidCampaignException rejected(Campaign.Builder builder) {
    InvalidCampaignException e = catchThrowableOfType(InvalidCampaignException.class, builder::build);
    assertThat(e).as("build() must throw InvalidCampaignException").isNotNull();
    return e;
  }

  private static List<String> fields(InvalidCampaignException e) {
    return e.violations().stream().map(Violation::field).toList();
  }

  private static Violation violationOf(InvalidCampaignException e, String field) {
    return e.violations().stream().filter(v -> v.field().equals(field)).findFirst()
        .orElseThrow(() -> new AssertionError("no violation for " + field + " in " + e.violations()));
  }

  @Test
  void build_emptyBuilder_reportsEveryMissingRequiredField() {
    InvalidCampaignException e = rejected(Campaign.builder());

    assertThat(fields(e)).containsExactlyInAnyOrder("id", "timezone", "days_of_week", "call_time_ranges");
    assertThat(e.campaignId()).isNull();
    assertThat(e.getMessage()).contains("timezone", "days_of_week", "call_time_ranges");
  }

  @Test
  void build_manyBrokenFields_reportsEveryViolationAtOnceWithApiFieldNames() {
    Campaign.Builder b = Campaign.builder()
        .id("cmp_bad")
        .status("active")
        .timezone("Mars/Olympus_Mons")
        .startDate("2024-06-10")
        .endDate("2024-06-01")
        .daysOfWeek(Arrays.asList(1, 8, 0, null, 7))
        .callTimeRanges(Arrays.asList(
            new TimeRangeInput("09:00", "08:00"),
            new TimeRangeInput("9am", "17:00"),
            new TimeRangeInput("10:00", "24:00"),
            null,
            new TimeRangeInput("12:00", "12:00"),
            new TimeRangeInput(null, "13:00")))
        .maxRetries(11)
        .initialCallDelay(-5)
        .retryCooldownHours(-1)
        .successCooldownHours(-2)
        .voicemailCooldownHours(-3)
        .noAnswerCooldownHours(-4)
        .busyCooldownHours(-5)
        .failedCooldownHours(-6);

    InvalidCampaignException e = rejected(b);

    assertThat(fields(e)).containsExactlyInAnyOrder(
        "timezone",
        "end_date",
        "days_of_week[1]",
        "days_of_week[2]",
        "days_of_week[3]",
        "call_time_ranges[0].end",
        "call_time_ranges[1].start",
        "call_time_ranges[2].end",
        "call_time_ranges[3]",
        "call_time_ranges[4].end",
        "call_time_ranges[5].start",
        "max_retries",
        "initial_call_delay",
        "retry_cooldown_hours",
        "success_cooldown_hours",
        "voicemail_cooldown_hours",
        "no_answer_cooldown_hours",
        "busy_cooldown_hours",
        "failed_cooldown_hours");
    assertThat(e.campaignId()).isEqualTo("cmp_bad");
    assertThat(violationOf(e, "timezone").message()).contains("Mars/Olympus_Mons");
    assertThat(violationOf(e, "days_of_week[1]").message()).contains("8");
    assertThat(violationOf(e, "days_of_week[2]").message()).contains("0");
    assertThat(violationOf(e, "call_time_ranges[1].start").message()).contains("9am");
    assertThat(violationOf(e, "call_time_ranges[2].end").message()).contains("24:00");
    assertThat(violationOf(e, "max_retries").message()).contains("11");
    assertThat(violationOf(e, "end_date").message()).contains("2024-06-01", "2024-06-10");
    assertThat(e.getMessage()).contains("days_of_week[1]", "call_time_ranges[0].end");
  }

  @Test
  void build_fallbackRange_namesEarliestAndLatestCallTime() {
    InvalidCampaignException reversed = rejected(berlinWeekdays().callTimeRanges(null)
        .earliestCallTime("18:00").latestCallTime("09:00"));
    assertThat(fields(reversed)).containsExactly("latest_call_time");

    InvalidCampaignException badTimes = rejected(berlinWeekdays().callTimeRanges(null)
        .earliestCallTime("25:00").latestCallTime("9:00"));
    assertThat(fields(badTimes)).containsExactlyInAnyOrder("earliest_call_time", "latest_call_time");

    InvalidCampaignException onlyEarliest = rejected(berlinWeekdays().callTimeRanges(null)
        .earliestCallTime("09:00"));
    assertThat(fields(onlyEarliest)).containsExactly("latest_call_time");
  }

  @Test
  void build_emptyDaysOfWeek_isRejected() {
    assertThat(fields(rejected(berlinWeekdays().daysOfWeek(List.of())))).containsExactly("days_of_week");
  }

  @Test
  void build_emptyCallTimeRangesWithoutFallback_isRejected() {
    assertThat(fields(rejected(berlinWeekdays().callTimeRanges(List.of()))))
        .containsExactly("call_time_ranges");
  }

  @Test
  void build_emptyCallTimeRanges_fallsBackToEarliestAndLatestCallTime() {
    Campaign c = berlinWeekdays().callTimeRanges(List.of())
        .earliestCallTime("08:30").latestCallTime("12:00:30").build();

    assertThat(c.window().ranges())
        .containsExactly(new TimeRange(LocalTime.of(8, 30), LocalTime.of(12, 0, 30)));
  }

  @Test
  void build_callTimeRangesPresent_ignoreEarliestAndLatest() {
    Campaign c = berlinWeekdays().earliestCallTime("01:00").latestCallTime("02:00").build();

    assertThat(c.window().ranges()).containsExactly(TimeRange.parse("09:00", "17:00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"9:00", "09:0", "09-00", "09:00:60", "24:00", "23:60", "09:00:0", "0900",
      "09:00 ", " 09:00", "09:00:00.5", "ab:cd", ""})
  void build_timeNotHhMmOrHhMmSs_isRejectedWithTheRawValue(String time) {
    InvalidCampaignException e = rejected(berlinWeekdays()
        .callTimeRanges(List.of(new TimeRangeInput(time, "23:59"))));

    assertThat(fields(e)).containsExactly("call_time_ranges[0].start");
    assertThat(violationOf(e, "call_time_ranges[0].start").message()).contains("'" + time + "'");
  }

  @Test
  void build_acceptsHhMmAndHhMmSs() {
    Campaign c = berlinWeekdays().callTimeRanges(List.of(
        new TimeRangeInput("00:00", "00:00:01"), new TimeRangeInput("09:15:30", "23:59:59"))).build();

    assertThat(c.window().ranges()).containsExactly(
        new TimeRange(LocalTime.MIDNIGHT, LocalTime.of(0, 0, 1)),
        new TimeRange(LocalTime.of(9, 15, 30), LocalTime.of(23, 59, 59)));
  }

  @Test
  void build_maxRetriesBounds_zeroAndTenAccepted_minusOneAndElevenRejected() {
    assertThat(berlinWeekdays().maxRetries(0).build().retryPolicy().maxAttempts()).isEqualTo(1);
    assertThat(berlinWeekdays().maxRetries(10).build().retryPolicy().maxAttempts()).isEqualTo(11);
    assertThat(berlinWeekdays().build().retryPolicy().maxRetries()).isEqualTo(3);
    assertThat(fields(rejected(berlinWeekdays().maxRetries(-1)))).containsExactly("max_retries");
    assertThat(fields(rejected(berlinWeekdays().maxRetries(11)))).containsExactly("max_retries");
  }

  @Test
  void build_zeroCooldownsAccepted() {
    Campaign c = berlinWeekdays().retryCooldownHours(0).busyCooldownHours(0).build();

    assertThat(c.cooldownPolicy().retryCooldown()).isEqualTo(Duration.ZERO);
    assertThat(c.cooldownPolicy().after(CallStatus.Group.BUSY)).isEqualTo(Duration.ZERO);
  }

  @Test
  void build_endDateEqualToStartDate_isAccepted() {
    Campaign c = berlinWeekdays().startDate("2024-06-05").endDate("2024-06-05").build();

    assertThat(c.window().startDate()).contains(LocalDate.of(2024, 6, 5));
    assertThat(c.window().endDate()).contains(LocalDate.of(2024, 6, 5));
  }

  @Test
  void build_unparseableDates_areNamed() {
    InvalidCampaignException e = rejected(berlinWeekdays().startDate("2024-13-01").endDate("05/06/2024"));

    assertThat(fields(e)).containsExactlyInAnyOrder("start_date", "end_date");
    assertThat(violationOf(e, "end_date").message()).contains("05/06/2024");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Berlin", "UTC", "America/St_Johns", "Asia/Kathmandu", "Pacific/Chatham",
      "Australia/Lord_Howe"})
  void build_ianaZone_isAccepted(String zone) {
    assertThat(berlinWeekdays().timezone(zone).build().window().zone()).isEqualTo(ZoneId.of(zone));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+02:00", "Z", "GMT+2", "Europe/Atlantis", "berlin", ""})
  void build_zoneThatIsNotIana_isRejectedWithTheRawValue(String zone) {
    InvalidCampaignException e = rejected(berlinWeekdays().timezone(zone));

    assertThat(fields(e)).containsExactly("timezone");
    assertThat(violationOf(e, "timezone").message()).contains("'" + zone + "'");
  }

  @Test
  void build_unknownStatusTypeAndListSource_areKeptAsWritten() {
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("brand_new_field", List.of(1, 2));
    extra.put("flag", null);

    Campaign c = berlinWeekdays()
        .status("archived")
        .campaignType("survey")
        .doNotCallListSource("Regional-Registry")
        .unknownFields(extra)
        .build();

    assertThat(c.status()).map(CampaignStatus::value).contains("archived");
    assertThat(c.status().flatMap(CampaignStatus::known)).isEmpty();
    assertThat(c.isActive()).isFalse();
    assertThat(c.type()).map(CampaignType::value).contains("survey");
    assertThat(c.type().flatMap(CampaignType::known)).isEmpty();
    assertThat(c.dncPolicy().listSource()).isEqualTo(new DncListSource("Regional-Registry"));
    assertThat(c.unknownFields()).containsExactlyEntriesOf(extra);
  }

  @Test
  void build_knownTypeAndStatus_areRecognisedWhateverTheCase() {
    Campaign c = berlinWeekdays().status("Paused").campaignType("follow-up").build();

    assertThat(c.status().flatMap(CampaignStatus::known)).contains(CampaignStatus.Known.PAUSED);
    assertThat(c.type().flatMap(CampaignType::known)).contains(CampaignType.Known.FOLLOW_UP);
  }

  @Test
  void build_callsWithInvalidTo_keepTheCampaignValidAndAreKept() {
    List<CallInput> calls = Arrays.asList(
        call("not a number", "completed", "2024-06-05T07:00:00Z"),
        call(null, "in_progress", "2024-06-05T07:00:00Z"),
        call("+0123456789", "ringing", "2024-06-05T07:00:00Z"),
        call("+1 (555) 000-0001", "no-answer", "2024-06-05T07:00:00Z"));

    Campaign c = berlinWeekdays().calls(calls).build();

    assertThat(c.calls()).hasSize(4);
    assertThat(c.calls().get(0).to()).isEqualTo("not a number");
    assertThat(c.calls().get(0).number()).isEmpty();
    assertThat(c.calls().get(1).number()).isEmpty();
    assertThat(c.calls().get(2).number()).isEmpty();
    assertThat(c.calls().get(3).number()).contains(PhoneNumber.parse("+15550000001"));
  }

  @Test
  void build_unknownCallStatus_isKeptAndIsOfGroupOther() {
    Campaign c = berlinWeekdays()
        .calls(List.of(call("+15550000001", "Machine-Detected", "2024-06-05T07:00:00Z"))).build();

    CallAttempt attempt = c.calls().get(0).attempt();
    assertThat(attempt.status().value()).isEqualTo("Machine-Detected");
    assertThat(attempt.status().group()).isEqualTo(CallStatus.Group.OTHER);
  }

  @Test
  void build_brokenCallEntries_areNamedByIndex() {
    InvalidCampaignException e = rejected(berlinWeekdays().calls(Arrays.asList(
        new CallInput("c0", "+15550000001", null, null, "2024-06-05T07:00:00Z", null),
        new CallInput("c1", "+15550000001", "busy", -1, "2024-06-05T07:00:00Z", null),
        new CallInput("c2", "+15550000001", "busy", null, null, null),
        new CallInput("c3", "+15550000001", "busy", null, "yesterday", null),
        null)));

    assertThat(fields(e)).containsExactlyInAnyOrder(
        "calls[0].status", "calls[1].retries", "calls[2].created_at", "calls[3].created_at", "calls[4]");
    assertThat(violationOf(e, "calls[3].created_at").message()).contains("yesterday");
  }

  @Test
  void build_callEntryBrokenThreeWays_listsStatusRetriesCreatedAtInThatOrderWithExactMessages() {
    InvalidCampaignException e = rejected(berlinWeekdays().calls(Arrays.asList(
        new CallInput("c0", "+15550000001", "busy", 1, "2024-06-05T07:00:00Z", null),
        new CallInput("c1", "+15550000001", null, -2, "2023-02-29T07:00:00Z", null),
        new CallInput("c2", "+15550000001", "busy", null, "2024-06-05T24:00:00Z", null))));

    assertThat(e.violations()).containsExactly(
        new Violation("calls[1].status", "missing"),
        new Violation("calls[1].retries", "-2 is negative"),
        new Violation("calls[1].created_at", "'2023-02-29T07:00:00Z' is not an ISO-8601 instant"),
        new Violation("calls[2].created_at", "'2024-06-05T24:00:00Z' is not an ISO-8601 instant"));
  }

  @Test
  void build_createdAtOfEveryAcceptedShape_isReadAsOffsetDateTimeReadsIt() {
    List<String> texts = List.of("2024-06-05T07:30:00Z", "2024-06-05T07:30:00.5Z",
        "2024-06-05T07:30:00.123456789+00:00", "2024-06-05T09:30+02:00", "2024-06-05t07:30:00z");
    Campaign c = berlinWeekdays().calls(texts.stream()
        .map(t -> call("+15550000001", "busy", t)).toList()).build();

    assertThat(c.calls()).extracting(r -> r.attempt().at()).containsExactlyElementsOf(
        texts.stream().map(t -> java.time.OffsetDateTime.parse(t).toInstant()).toList());
  }

  @Test
  void build_campaignInstantsInvalid_areNamedLikeCallInstants() {
    InvalidCampaignException e = rejected(berlinWeekdays()
        .createdAt("2024-02-30T00:00:00Z").updatedAt("2024-06-05T07:30:00+0000"));

    assertThat(e.violations()).containsExactly(
        new Violation("created_at", "'2024-02-30T00:00:00Z' is not an ISO-8601 instant"),
        new Violation("updated_at", "'2024-06-05T07:30:00+0000' is not an ISO-8601 instant"));
  }

  @Test
  void build_createdAtWithOffset_isReadAsThatInstant() {
    Campaign c = berlinWeekdays()
        .calls(List.of(call("+15550000001", "busy", "2024-06-05T09:30:00+02:00"))).build();

    assertThat(c.calls().get(0).attempt().at()).isEqualTo(Fixtures.t("2024-06-05T07:30Z"));
  }

  @Test
  void build_daysAndDates_formTheWindow() {
    Campaign c = berlinWeekdays().daysOfWeek(List.of(7, 1, 1)).startDate("2024-06-01").build();

    assertThat(c.window().days()).containsExactlyInAnyOrder(DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
    assertThat(c.window().startDate()).contains(LocalDate.of(2024, 6, 1));
    assertThat(c.window().endDate()).isEmpty();
  }

  @Test
  void build_nullEntriesInStringLists_areNamedByIndex() {
    InvalidCampaignException e = rejected(berlinWeekdays()
        .doNotCallCustomList(Arrays.asList("+15550000001", null))
        .autoDncTriggerStatuses(Arrays.asList((String) null))
        .autoDncTriggerErrors(Arrays.asList("x", "y", null)));

    assertThat(fields(e)).containsExactlyInAnyOrder(
        "do_not_call_custom_list[1]", "auto_dnc_trigger_statuses[0]", "auto_dnc_trigger_errors[2]");
  }

  @Test
  void build_invalidCustomListEntries_doNotInvalidateTheCampaign() {
    assertThatCode(() -> berlinWeekdays().doNotCallEnabled(true)
        .doNotCallCustomList(List.of("not a number", "+0")).build()).doesNotThrowAnyException();
  }
}
