package ai.talkover.campaigns.domain.eligibility;

import static ai.talkover.campaigns.domain.Fixtures.NUMBER;
import static ai.talkover.campaigns.domain.Fixtures.WED_10_BERLIN;
import static ai.talkover.campaigns.domain.Fixtures.attempt;
import static ai.talkover.campaigns.domain.Fixtures.berlinWeekdays;
import static ai.talkover.campaigns.domain.Fixtures.call;
import static ai.talkover.campaigns.domain.Fixtures.contact;
import static ai.talkover.campaigns.domain.Fixtures.everyDay;
import static ai.talkover.campaigns.domain.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.Fixtures.RecordingLookup;
import ai.talkover.campaigns.domain.campaign.Campaign.TimeRangeInput;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rules 1 to 12 one by one. The base campaign is active, in Berlin, Monday to Friday 09:00-17:00;
 * "now" is Wednesday 2024-06-05 10:00 CEST unless a test says otherwise. Reasons are asserted as the
 * complete set, so a reason that should not be there fails the test too.
 */
class EligibilityEngineTest {

  private static final EligibilityEngine ENGINE = EligibilityEngine.standard();

  private static Decision decide(Campaign.Builder campaign, Contact contact, Instant now) {
    return ENGINE.decide(campaign.build(), contact, DoNotCallList.empty(), now);
  }

  private static Decision decide(Campaign.Builder campaign, Instant now) {
    return decide(campaign, contact(), now);
  }

  private static void assertCallableNow(Decision d, Instant now) {
    assertThat(d.reasons()).isEmpty();
    assertThat(d.callable()).isTrue();
    assertThat(d.nextEligibleAt()).contains(now);
  }

  private static void assertBlocked(Decision d, Reason... reasons) {
    assertThat(d.reasons()).containsExactlyInAnyOrder(reasons);
    assertThat(d.callable()).isFalse();
    assertThat(d.nextEligibleAt()).isEmpty();
    assertThat(d.isBlocked()).isTrue();
  }

  private static void assertWaitsUntil(Decision d, Instant next, Reason... reasons) {
    assertThat(d.reasons()).containsExactlyInAnyOrder(reasons);
    assertThat(d.callable()).isFalse();
    assertThat(d.nextEligibleAt()).contains(next);
    assertThat(d.isBlocked()).isFalse();
  }

  @Test
  void decide_activeCampaignInsideWindowWithoutHistory_isCallableNow() {
    assertCallableNow(decide(berlinWeekdays(), WED_10_BERLIN), WED_10_BERLIN);
  }

  @Test
  void decide_byPhoneNumber_isTheSameAsAContactWithoutExtras() {
    Campaign c = berlinWeekdays().build();
    assertThat(ENGINE.decide(c, PhoneNumber.parse(NUMBER), DoNotCallList.empty(), WED_10_BERLIN))
        .isEqualTo(ENGINE.decide(c, Contact.of(NUMBER), DoNotCallList.empty(), WED_10_BERLIN));
  }

  @Test
  void decide_nullArguments_areRejected() {
    Campaign c = berlinWeekdays().build();
    Contact k = contact();
    DoNotCallList none = DoNotCallList.empty();
    assertThatThrownBy(() -> ENGINE.decide(null, k, none, WED_10_BERLIN)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ENGINE.decide(c, (Contact) null, none, WED_10_BERLIN))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ENGINE.decide(c, k, null, WED_10_BERLIN)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ENGINE.decide(c, k, none, null)).isInstanceOf(NullPointerException.class);
  }

  @Nested
  class Rule1CampaignNotActive {

    @ParameterizedTest
    @ValueSource(strings = {"paused", "draft", "completed", "cancelled", "archived", "inactive", "active "})
    void decide_statusOtherThanActive_blocksWithCampaignNotActive(String status) {
      assertBlocked(decide(berlinWeekdays().status(status), WED_10_BERLIN), Reason.CAMPAIGN_NOT_ACTIVE);
    }

    @Test
    void decide_missingStatus_isNotActive() {
      assertBlocked(decide(berlinWeekdays().status(null), WED_10_BERLIN), Reason.CAMPAIGN_NOT_ACTIVE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"active", "ACTIVE", "Active"})
    void decide_activeInAnyCase_isActive(String status) {
      assertCallableNow(decide(berlinWeekdays().status(status), WED_10_BERLIN), WED_10_BERLIN);
    }
  }

  @Nested
  class Rule2DoNotCall {

    @Test
    void decide_numberOnCallerList_blocksWithDoNotCall() {
      Campaign c = berlinWeekdays().doNotCallEnabled(true).build();
      Decision d = ENGINE.decide(c, contact(), RecordingLookup.listing(NUMBER), WED_10_BERLIN);
      assertBlocked(d, Reason.DO_NOT_CALL);
    }

    @Test
    void decide_callerListIsAskedWithTheNormalisedNumber() {
      Campaign c = berlinWeekdays().doNotCallEnabled(true).build();
      RecordingLookup lookup = RecordingLookup.listing();

      Decision d = ENGINE.decide(c, Contact.of("+1 (555) 000-0001"), lookup, WED_10_BERLIN);

      assertCallableNow(d, WED_10_BERLIN);
      assertThat(lookup.asked).containsExactly(new PhoneNumber("+15550000001"));
    }

    @Test
    void decide_numberOnCustomListWrittenDifferently_blocksWithDoNotCall() {
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true)
          .doNotCallCustomList(List.of("+44 20 7946 0000", "+1 (555) 000.0001"));
      assertBlocked(decide(c, Contact.of("+15550000001"), WED_10_BERLIN), Reason.DO_NOT_CALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"environment", "global", "custom", "campaign", "Something-New"})
    void decide_customListIsConsultedWhateverTheListSource(String source) {
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true).doNotCallListSource(source)
          .doNotCallCustomList(List.of(NUMBER));
      assertBlocked(decide(c, WED_10_BERLIN), Reason.DO_NOT_CALL);
    }

    @Test
    void decide_invalidCustomListEntries_matchNothing() {
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true)
          .doNotCallCustomList(List.of("not a number", "15550000001", "+0 555 000 0001"));
      assertCallableNow(decide(c, WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_autoAddByStatus_blocksWithDoNotCall() {
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true).autoAddToDncEnabled(true)
          .autoDncTriggerStatuses(List.of("opted_out")).retryCooldownHours(0)
          .calls(List.of(call("+1 555 000 0001", "Opted-Out", "2024-06-04T15:00:00+02:00")));
      assertBlocked(decide(c, WED_10_BERLIN), Reason.DO_NOT_CALL);
    }

    @Test
    void decide_autoAddByError_blocksWithDoNotCall() {
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true).autoAddToDncEnabled(true)
          .autoDncTriggerErrors(List.of("invalid_number")).failedCooldownHours(0);
      Contact k = contact(attempt("2024-06-05T09:00+02:00", "failed", "Invalid-Number", 0));
      assertBlocked(decide(c, k, WED_10_BERLIN), Reason.DO_NOT_CALL);
    }

    @Test
    void decide_autoAddTriggeredByAnEarlierAttempt_stillBlocks() {
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true).autoAddToDncEnabled(true)
          .autoDncTriggerStatuses(List.of("busy")).retryCooldownHours(0);
      Contact k = contact(attempt("2024-06-04T09:00+02:00", "BUSY"), attempt("2024-06-04T12:00+02:00", "no-answer"));
      assertBlocked(decide(c, k, WED_10_BERLIN), Reason.DO_NOT_CALL);
    }

    @Test
    void decide_triggersWithoutAutoAdd_areIgnored() {
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true).autoAddToDncEnabled(false)
          .autoDncTriggerStatuses(List.of("busy")).autoDncTriggerErrors(List.of("carrier_blocked"))
          .retryCooldownHours(0);
      Contact k = contact(attempt("2024-06-04T09:00+02:00", "busy", "carrier_blocked", 0));
      assertCallableNow(decide(c, k, WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_triggersAreNotTrimmed() {
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true).autoAddToDncEnabled(true)
          .autoDncTriggerStatuses(List.of(" busy")).autoDncTriggerErrors(List.of("carrier blocked"))
          .retryCooldownHours(0);
      Contact k = contact(attempt("2024-06-04T09:00+02:00", "busy", "carrier_blocked", 0));
      assertCallableNow(decide(c, k, WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_doNotCallDisabled_disablesEveryDoNotCallRule_andNeverAsksTheCallerList() {
      Campaign c = berlinWeekdays().doNotCallEnabled(false)
          .doNotCallCustomList(List.of(NUMBER)).autoAddToDncEnabled(true)
          .autoDncTriggerStatuses(List.of("busy")).autoDncTriggerErrors(List.of("carrier_blocked"))
          .retryCooldownHours(0).build();
      Contact k = contact(attempt("2024-06-04T09:00+02:00", "busy", "carrier_blocked", 0));
      RecordingLookup lookup = RecordingLookup.listing(NUMBER);

      Decision d = ENGINE.decide(c, k, lookup, WED_10_BERLIN);

      assertCallableNow(d, WED_10_BERLIN);
      assertThat(lookup.asked).isEmpty();
    }

    @Test
    void decide_doNotCallAbsent_meansDisabled() {
      Campaign c = berlinWeekdays().doNotCallCustomList(List.of(NUMBER)).build();
      RecordingLookup lookup = RecordingLookup.listing(NUMBER);

      assertCallableNow(ENGINE.decide(c, contact(), lookup, WED_10_BERLIN), WED_10_BERLIN);
      assertThat(lookup.asked).isEmpty();
    }

    @Test
    void decide_doNotCallWithCooldownAndOutsideWindow_listsAllThree() {
      // Saturday; a busy attempt an hour ago with the 24 h default cooldown
      Instant saturday = t("2024-06-08T10:00+02:00");
      Campaign.Builder c = berlinWeekdays().doNotCallEnabled(true).doNotCallCustomList(List.of(NUMBER));
      Contact k = contact(attempt("2024-06-08T09:00+02:00", "busy"));
      assertBlocked(decide(c, k, saturday), Reason.DO_NOT_CALL, Reason.COOLDOWN, Reason.OUTSIDE_CALL_WINDOW);
    }
  }

  @Nested
  class Rule3CallInProgress {

    @ParameterizedTest
    @ValueSource(strings = {"queued", "scheduled", "initiated", "ringing", "answered", "in_progress",
        "In-Progress", "QUEUED"})
    void decide_lastAttemptInFlight_blocksWithCallInProgress(String status) {
      Contact k = contact(attempt("2024-06-05T09:59+02:00", status));
      assertBlocked(decide(berlinWeekdays().retryCooldownHours(0), k, WED_10_BERLIN), Reason.CALL_IN_PROGRESS);
    }

    @Test
    void decide_inFlightAttemptFollowedByAFinishedOne_isNotInProgress() {
      Contact k = contact(attempt("2024-06-05T09:59+02:00", "no_answer"), attempt("2024-06-05T09:00+02:00", "ringing"));
      assertCallableNow(decide(berlinWeekdays().noAnswerCooldownHours(0), k, WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_tiedAttempts_theOneGivenLastIsLast() {
      Campaign.Builder c = berlinWeekdays().retryCooldownHours(0);
      CallAttempt ringing = attempt("2024-06-05T09:00+02:00", "ringing");
      CallAttempt busy = attempt("2024-06-05T09:00+02:00", "busy");

      assertBlocked(decide(c, contact(busy, ringing), WED_10_BERLIN), Reason.CALL_IN_PROGRESS);
      assertCallableNow(decide(c, contact(ringing, busy), WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_tiedApiAndKnownAttempts_theKnownOneIsGivenLast() {
      Campaign.Builder inFlightApi = berlinWeekdays().retryCooldownHours(0)
          .calls(List.of(call(NUMBER, "in_progress", "2024-06-05T07:00:00Z")));
      Campaign.Builder finishedApi = berlinWeekdays().retryCooldownHours(0)
          .calls(List.of(call(NUMBER, "busy", "2024-06-05T07:00:00Z")));

      assertCallableNow(decide(inFlightApi, contact(attempt("2024-06-05T09:00+02:00", "busy")), WED_10_BERLIN),
          WED_10_BERLIN);
      assertBlocked(decide(finishedApi, contact(attempt("2024-06-05T09:00+02:00", "queued")), WED_10_BERLIN),
          Reason.CALL_IN_PROGRESS);
    }

    @Test
    void decide_tiedApiCalls_theLaterEntryOfCallsIsLast() {
      Campaign.Builder c = berlinWeekdays().retryCooldownHours(0).calls(List.of(
          call(NUMBER, "busy", "2024-06-05T07:00:00Z"),
          call("+1 555 000 0001", "initiated", "2024-06-05T09:00:00+02:00")));
      assertBlocked(decide(c, WED_10_BERLIN), Reason.CALL_IN_PROGRESS);
    }

    @Test
    void decide_latestAttemptIsChosenByInstantNotByOrder() {
      Campaign.Builder c = berlinWeekdays().retryCooldownHours(0).calls(List.of(
          call(NUMBER, "ringing", "2024-06-05T07:59:59.999Z"),
          call(NUMBER, "busy", "2024-06-05T06:00:00Z")));
      assertBlocked(decide(c, WED_10_BERLIN), Reason.CALL_IN_PROGRESS);
    }
  }

  @Nested
  class Rule4ContactCompleted {

    @ParameterizedTest
    @ValueSource(strings = {"completed", "success", "Completed", "SUCCESS"})
    void decide_lastAttemptCompleted_blocksWithContactCompleted(String status) {
      Contact k = contact(attempt("2024-06-05T09:00+02:00", status));
      assertBlocked(decide(berlinWeekdays().successCooldownHours(0), k, WED_10_BERLIN), Reason.CONTACT_COMPLETED);
      assertBlocked(decide(berlinWeekdays().successCooldownHours(0).retryOnNoConversion(false), k, WED_10_BERLIN),
          Reason.CONTACT_COMPLETED);
    }

    @Test
    void decide_retryOnNoConversion_completedContactWaitsSuccessCooldown() {
      Contact k = contact(attempt("2024-06-05T09:30+02:00", "completed"));
      Decision d = decide(berlinWeekdays().retryOnNoConversion(true).successCooldownHours(48)
          .retryCooldownHours(1), k, WED_10_BERLIN);
      assertWaitsUntil(d, t("2024-06-07T09:30+02:00"), Reason.COOLDOWN);
    }

    @Test
    void decide_completedThenVoicemail_isNotCompleted() {
      Contact k = contact(attempt("2024-06-04T09:00+02:00", "completed"), attempt("2024-06-04T11:00+02:00", "voicemail"));
      assertCallableNow(decide(berlinWeekdays().voicemailCooldownHours(0), k, WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_earlierCompletedAttemptIsEnoughWhenItIsLast() {
      Contact k = contact(attempt("2024-06-04T11:00+02:00", "success"), attempt("2024-06-04T09:00+02:00", "voicemail"));
      assertBlocked(decide(berlinWeekdays().retryCooldownHours(0), k, WED_10_BERLIN), Reason.CONTACT_COMPLETED);
    }
  }

  @Nested
  class Rule5MaxRetriesReached {

    private CallAttempt noAnswer(int hour) {
      return attempt(String.format("2024-06-04T%02d:00+02:00", hour), "no_answer");
    }

    @Test
    void decide_onePlusMaxRetriesAttempts_blocks() {
      Campaign.Builder c = berlinWeekdays().maxRetries(2).noAnswerCooldownHours(0);
      assertBlocked(decide(c, contact(noAnswer(9), noAnswer(10), noAnswer(11)), WED_10_BERLIN),
          Reason.MAX_RETRIES_REACHED);
      assertCallableNow(decide(c, contact(noAnswer(9), noAnswer(10)), WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_defaultMaxRetriesIsThree() {
      Campaign.Builder c = berlinWeekdays().noAnswerCooldownHours(0);
      assertBlocked(decide(c, contact(noAnswer(9), noAnswer(10), noAnswer(11), noAnswer(12)), WED_10_BERLIN),
          Reason.MAX_RETRIES_REACHED);
      assertCallableNow(decide(c, contact(noAnswer(9), noAnswer(10), noAnswer(11)), WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_maxRetriesZero_allowsOneAttemptOnly() {
      Campaign.Builder c = berlinWeekdays().maxRetries(0).noAnswerCooldownHours(0);
      assertBlocked(decide(c, contact(noAnswer(9)), WED_10_BERLIN), Reason.MAX_RETRIES_REACHED);
      assertCallableNow(decide(c, contact(), WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_retriesPlusOne_countsAttemptsTheHistoryDoesNotList() {
      Campaign.Builder c = berlinWeekdays().noAnswerCooldownHours(0);
      // one entry reporting 3 retries = 4 attempts >= 1 + 3
      assertBlocked(decide(c, contact(attempt("2024-06-04T09:00+02:00", "no_answer", null, 3)), WED_10_BERLIN),
          Reason.MAX_RETRIES_REACHED);
      // 2 retries = 3 attempts < 4
      assertCallableNow(decide(c, contact(attempt("2024-06-04T09:00+02:00", "no_answer", null, 2)), WED_10_BERLIN),
          WED_10_BERLIN);
    }

    @Test
    void decide_retriesOfAnyEntryCount_notOnlyTheLast() {
      Campaign.Builder c = berlinWeekdays().maxRetries(2).noAnswerCooldownHours(0).calls(List.of(
          call(NUMBER, "no_answer", "2024-06-04T07:00:00Z", 2, null),
          call(NUMBER, "no_answer", "2024-06-04T09:00:00Z", 0, null)));
      assertBlocked(decide(c, WED_10_BERLIN), Reason.MAX_RETRIES_REACHED);
    }

    @Test
    void decide_apiCallsAndKnownAttemptsCountTogether() {
      Campaign.Builder c = berlinWeekdays().maxRetries(1).noAnswerCooldownHours(0)
          .calls(List.of(call("+1-555-000-0001", "no_answer", "2024-06-04T07:00:00Z")));
      assertCallableNow(decide(c, contact(), WED_10_BERLIN), WED_10_BERLIN);
      assertBlocked(decide(c, contact(noAnswer(12)), WED_10_BERLIN), Reason.MAX_RETRIES_REACHED);
    }
  }

  @Nested
  class Rule6CampaignEnded {

    @Test
    void decide_afterEndDate_blocksWithCampaignEnded() {
      assertBlocked(decide(berlinWeekdays().endDate("2024-06-04"), WED_10_BERLIN), Reason.CAMPAIGN_ENDED);
    }

    @Test
    void decide_onEndDate_isCallable_endDateIsInclusive() {
      assertCallableNow(decide(berlinWeekdays().endDate("2024-06-05"), WED_10_BERLIN), WED_10_BERLIN);
      Instant lastSecond = t("2024-06-05T16:59:59.999+02:00");
      assertCallableNow(decide(berlinWeekdays().endDate("2024-06-05"), lastSecond), lastSecond);
    }

    @Test
    void decide_endDateIsReadInTheCampaignZone_andCoexistsWithOutsideCallWindow() {
      // 2024-06-05T12:30Z is Thursday 2024-06-06 00:30 in Auckland (NZST, +12:00)
      Campaign.Builder c = berlinWeekdays().timezone("Pacific/Auckland").endDate("2024-06-05");
      assertBlocked(decide(c, t("2024-06-05T12:30Z")), Reason.CAMPAIGN_ENDED, Reason.OUTSIDE_CALL_WINDOW);
      // 2024-06-05T11:30Z is Wednesday 23:30 in Auckland: not ended, but no opening is left
      Decision lastEvening = decide(c, t("2024-06-05T11:30Z"));
      assertThat(lastEvening.reasons())
          .containsExactlyInAnyOrder(Reason.OUTSIDE_CALL_WINDOW, Reason.NO_WINDOW_AVAILABLE);
      assertThat(lastEvening.nextEligibleAt()).isEmpty();
      assertThat(lastEvening.isBlocked()).isFalse();
    }
  }

  @Nested
  class Rule7InitialDelay {

    @Test
    void decide_enqueuedRecently_waitsInitialDelay() {
      Contact k = contact().withEnqueuedAt(t("2024-06-05T09:50+02:00"));
      assertWaitsUntil(decide(berlinWeekdays().initialCallDelay(3600), k, WED_10_BERLIN),
          t("2024-06-05T10:50+02:00"), Reason.INITIAL_DELAY);
    }

    @Test
    void decide_initialDelayElapsedExactly_isCallable() {
      Contact k = contact().withEnqueuedAt(t("2024-06-05T09:00+02:00"));
      assertCallableNow(decide(berlinWeekdays().initialCallDelay(3600), k, WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_initialDelayEndingAfterHours_waitsForTheNextOpening() {
      Instant now = t("2024-06-05T16:40+02:00");
      Contact k = contact().withEnqueuedAt(t("2024-06-05T16:30+02:00"));
      assertWaitsUntil(decide(berlinWeekdays().initialCallDelay(3600), k, now),
          t("2024-06-06T09:00+02:00"), Reason.INITIAL_DELAY);
    }

    @Test
    void decide_anyAttempt_disablesTheInitialDelay() {
      Contact k = contact(attempt("2024-06-04T09:00+02:00", "busy")).withEnqueuedAt(t("2024-06-05T09:50+02:00"));
      assertCallableNow(decide(berlinWeekdays().initialCallDelay(3600).busyCooldownHours(1), k, WED_10_BERLIN),
          WED_10_BERLIN);
      Campaign.Builder apiCall = berlinWeekdays().initialCallDelay(3600).busyCooldownHours(1)
          .calls(List.of(call(NUMBER, "busy", "2024-06-04T07:00:00Z")));
      assertCallableNow(decide(apiCall, contact().withEnqueuedAt(t("2024-06-05T09:50+02:00")), WED_10_BERLIN),
          WED_10_BERLIN);
    }

    @Test
    void decide_unknownEnqueuedInstant_hasNoInitialDelay() {
      assertCallableNow(decide(berlinWeekdays().initialCallDelay(86_400), contact(), WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_missingInitialDelay_isZero() {
      Contact k = contact().withEnqueuedAt(WED_10_BERLIN);
      assertCallableNow(decide(berlinWeekdays(), k, WED_10_BERLIN), WED_10_BERLIN);
      Contact future = contact().withEnqueuedAt(t("2024-06-05T10:05+02:00"));
      assertWaitsUntil(decide(berlinWeekdays(), future, WED_10_BERLIN), t("2024-06-05T10:05+02:00"),
          Reason.INITIAL_DELAY);
    }
  }

  @Nested
  class Rule8Cooldown {

    private Campaign.Builder allCooldowns() {
      return berlinWeekdays().retryOnNoConversion(true).retryCooldownHours(5).successCooldownHours(1)
          .voicemailCooldownHours(2).noAnswerCooldownHours(3).busyCooldownHours(4).failedCooldownHours(6);
    }

    @ParameterizedTest(name = "[{index}] {0} waits until {1}")
    @CsvSource({
        "completed,        2024-06-05T10:30+02:00",
        "success,          2024-06-05T10:30+02:00",
        "voicemail,        2024-06-05T11:30+02:00",
        "No-Answer,        2024-06-05T12:30+02:00",
        "busy,             2024-06-05T13:30+02:00",
        "failed,           2024-06-05T15:30+02:00",
        "machine_detected, 2024-06-05T14:30+02:00",
        "canceled,         2024-06-05T14:30+02:00",
    })
    void decide_afterAnAttempt_waitsTheCooldownOfItsOutcome(String status, String until) {
      Contact k = contact(attempt("2024-06-05T09:30+02:00", status));
      assertWaitsUntil(decide(allCooldowns(), k, WED_10_BERLIN), t(until), Reason.COOLDOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"completed", "voicemail", "no_answer", "busy", "failed", "whatever"})
    void decide_missingPerOutcomeCooldown_fallsBackToRetryCooldown(String status) {
      Contact k = contact(attempt("2024-06-05T09:30+02:00", status));
      assertWaitsUntil(decide(berlinWeekdays().retryOnNoConversion(true).retryCooldownHours(5), k, WED_10_BERLIN),
          t("2024-06-05T14:30+02:00"), Reason.COOLDOWN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"completed", "voicemail", "no_answer", "busy", "failed", "whatever"})
    void decide_missingRetryCooldown_meansTwentyFourHours(String status) {
      Contact k = contact(attempt("2024-06-05T09:30+02:00", status));
      assertWaitsUntil(decide(berlinWeekdays().retryOnNoConversion(true), k, WED_10_BERLIN),
          t("2024-06-06T09:30+02:00"), Reason.COOLDOWN);
    }

    @Test
    void decide_perOutcomeCooldownOfZero_doesNotFallBack() {
      Contact k = contact(attempt("2024-06-05T09:59:59+02:00", "voicemail"));
      assertCallableNow(decide(berlinWeekdays().retryCooldownHours(5).voicemailCooldownHours(0), k, WED_10_BERLIN),
          WED_10_BERLIN);
    }

    @Test
    void decide_cooldownElapsedExactly_isCallable() {
      Contact k = contact(attempt("2024-06-05T07:00+02:00", "busy"));
      assertCallableNow(decide(berlinWeekdays().busyCooldownHours(3), k, WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_cooldownEndingAfterHours_waitsForTheNextOpening() {
      Instant now = t("2024-06-05T16:30+02:00");
      Contact k = contact(attempt("2024-06-05T16:00+02:00", "voicemail"));
      assertWaitsUntil(decide(berlinWeekdays().voicemailCooldownHours(2), k, now),
          t("2024-06-06T09:00+02:00"), Reason.COOLDOWN);
    }

    @Test
    void decide_cooldownComesFromTheLastAttemptOnly() {
      Contact k = contact(attempt("2024-06-04T09:00+02:00", "busy"), attempt("2024-06-05T09:00+02:00", "voicemail"));
      assertWaitsUntil(decide(berlinWeekdays().busyCooldownHours(100).voicemailCooldownHours(2), k, WED_10_BERLIN),
          t("2024-06-05T11:00+02:00"), Reason.COOLDOWN);
    }

    @Test
    void decide_cooldownCountsElapsedHoursAcrossDaylightSaving() {
      // voicemail Saturday 2024-03-09 12:00 EST + 24 h = Sunday 13:00 EDT (the clock jumped at 02:00)
      Campaign.Builder c = everyDay("America/New_York", "09:00", "17:00");
      Contact k = contact(attempt("2024-03-09T12:00-05:00", "voicemail"));
      assertWaitsUntil(decide(c, k, t("2024-03-10T10:00-04:00")), t("2024-03-10T13:00-04:00"), Reason.COOLDOWN);
    }

    @Test
    void decide_cooldownFromAnApiCallToTheSameNumberWrittenDifferently() {
      Campaign.Builder c = berlinWeekdays().busyCooldownHours(2)
          .calls(List.of(call("+1 555-000-0001", "busy", "2024-06-05T09:30:00+02:00")));
      assertWaitsUntil(decide(c, Contact.of("+15550000001"), WED_10_BERLIN), t("2024-06-05T11:30+02:00"),
          Reason.COOLDOWN);
    }
  }

  @Nested
  class Rule9Window {

    @Test
    void decide_beforeStartDate_waitsForTheFirstDay() {
      assertWaitsUntil(decide(berlinWeekdays().startDate("2024-06-06"), WED_10_BERLIN),
          t("2024-06-06T09:00+02:00"), Reason.BEFORE_START_DATE);
    }

    @Test
    void decide_onStartDate_isCallable() {
      assertCallableNow(decide(berlinWeekdays().startDate("2024-06-05"), WED_10_BERLIN), WED_10_BERLIN);
    }

    @Test
    void decide_onSaturday_waitsForMonday() {
      assertWaitsUntil(decide(berlinWeekdays(), t("2024-06-08T10:00+02:00")),
          t("2024-06-10T09:00+02:00"), Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_atRangeEnd_isOutside_atRangeStart_isCallable() {
      assertWaitsUntil(decide(berlinWeekdays(), t("2024-06-05T17:00+02:00")),
          t("2024-06-06T09:00+02:00"), Reason.OUTSIDE_CALL_WINDOW);
      Instant lastNano = t("2024-06-05T16:59:59.999999999+02:00");
      assertCallableNow(decide(berlinWeekdays(), lastNano), lastNano);
      Instant opening = t("2024-06-05T09:00+02:00");
      assertCallableNow(decide(berlinWeekdays(), opening), opening);
      assertWaitsUntil(decide(berlinWeekdays(), opening.minusNanos(1)), opening, Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_hhMmSsRange_opensToTheSecond() {
      Campaign.Builder c = berlinWeekdays().callTimeRanges(List.of(new TimeRangeInput("09:00:30", "17:00:00")));
      assertWaitsUntil(decide(c, t("2024-06-05T09:00:29+02:00")), t("2024-06-05T09:00:30+02:00"),
          Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_overlappingAndTouchingRanges_countAsTheirUnion() {
      Campaign.Builder overlapping = berlinWeekdays().callTimeRanges(List.of(
          new TimeRangeInput("09:00", "12:00"), new TimeRangeInput("11:00", "13:00")));
      Campaign.Builder touching = berlinWeekdays().callTimeRanges(List.of(
          new TimeRangeInput("12:00", "14:00"), new TimeRangeInput("09:00", "12:00")));
      Instant noon = t("2024-06-05T12:00+02:00");
      Instant halfPastTwelve = t("2024-06-05T12:30+02:00");

      assertCallableNow(decide(overlapping, halfPastTwelve), halfPastTwelve);
      assertWaitsUntil(decide(overlapping, t("2024-06-05T13:00+02:00")), t("2024-06-06T09:00+02:00"),
          Reason.OUTSIDE_CALL_WINDOW);
      assertCallableNow(decide(touching, noon), noon);
    }

    @Test
    void decide_gapBetweenRanges_waitsForTheNextRange() {
      Campaign.Builder c = berlinWeekdays().callTimeRanges(List.of(
          new TimeRangeInput("14:00", "17:00"), new TimeRangeInput("09:00", "12:00")));
      assertWaitsUntil(decide(c, t("2024-06-05T12:00+02:00")), t("2024-06-05T14:00+02:00"),
          Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_beforeStartDateOnAWeekend_listsBoth() {
      assertWaitsUntil(decide(berlinWeekdays().startDate("2024-06-11"), t("2024-06-08T10:00+02:00")),
          t("2024-06-11T09:00+02:00"), Reason.BEFORE_START_DATE, Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_earliestAndLatestCallTime_formTheRangeWhenThereIsNoList() {
      Campaign.Builder fallback = berlinWeekdays().callTimeRanges(null).earliestCallTime("10:30")
          .latestCallTime("11:00:00");
      Campaign.Builder emptyList = berlinWeekdays().callTimeRanges(List.of()).earliestCallTime("10:30")
          .latestCallTime("11:00");

      assertWaitsUntil(decide(fallback, WED_10_BERLIN), t("2024-06-05T10:30+02:00"), Reason.OUTSIDE_CALL_WINDOW);
      assertWaitsUntil(decide(emptyList, WED_10_BERLIN), t("2024-06-05T10:30+02:00"), Reason.OUTSIDE_CALL_WINDOW);
      assertWaitsUntil(decide(emptyList, t("2024-06-05T11:00+02:00")), t("2024-06-06T10:30+02:00"),
          Reason.OUTSIDE_CALL_WINDOW);
    }
  }

  @Nested
  class Rule10NextEligible {

    @Test
    void decide_noOpeningLeftBeforeTheEndDate_isNoWindowAvailable() {
      Decision d = decide(berlinWeekdays().endDate("2024-06-05"), t("2024-06-05T17:30+02:00"));
      assertThat(d.reasons()).containsExactlyInAnyOrder(Reason.OUTSIDE_CALL_WINDOW, Reason.NO_WINDOW_AVAILABLE);
      assertThat(d.nextEligibleAt()).isEmpty();
      assertThat(d.callable()).isFalse();
      assertThat(d.isBlocked()).isFalse();
    }

    @Test
    void decide_cooldownEndingAfterTheEndDate_isNoWindowAvailable() {
      Contact k = contact(attempt("2024-06-05T09:00+02:00", "busy"));
      Decision d = decide(berlinWeekdays().endDate("2024-06-06").busyCooldownHours(48), k, WED_10_BERLIN);
      assertThat(d.reasons()).containsExactlyInAnyOrder(Reason.COOLDOWN, Reason.NO_WINDOW_AVAILABLE);
      assertThat(d.nextEligibleAt()).isEmpty();
    }

    @Test
    void decide_permanentBlock_makesNoSearch_soNoWindowAvailableIsNotListed() {
      Decision d = decide(berlinWeekdays().status("paused").endDate("2024-06-05"), t("2024-06-05T17:30+02:00"));
      assertBlocked(d, Reason.CAMPAIGN_NOT_ACTIVE, Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_searchCoversFourHundredDaysFromTheEarliestInstant_inclusive() {
      LocalDate start = LocalDate.of(2024, 1, 1).plusDays(400);
      Instant opening = start.atStartOfDay(ZoneOffset.UTC).toInstant();
      Campaign.Builder c = everyDay("UTC", "00:00", "23:59").startDate(start.toString());
      Instant exactly400DaysBefore = opening.minus(Duration.ofDays(400));

      assertWaitsUntil(decide(c, exactly400DaysBefore), opening, Reason.BEFORE_START_DATE);
      Decision tooFar = decide(c, exactly400DaysBefore.minusSeconds(1));
      // 23:59:59 is also outside the 00:00-23:59 range
      assertThat(tooFar.reasons()).containsExactlyInAnyOrder(Reason.BEFORE_START_DATE, Reason.OUTSIDE_CALL_WINDOW,
          Reason.NO_WINDOW_AVAILABLE);
      assertThat(tooFar.nextEligibleAt()).isEmpty();
    }

    @Test
    void decide_searchStartsAtTheEarliestInstantNotAtNow() {
      // now + 10 days is before the opening, but a 24-day cooldown moves the horizon
      LocalDate start = LocalDate.of(2024, 1, 1).plusDays(410);
      Instant opening = start.atStartOfDay(ZoneOffset.UTC).toInstant();
      Instant now = t("2024-01-01T00:00Z");
      Contact k = contact(attempt("2023-12-31T00:00Z", "busy"));
      Campaign.Builder c = everyDay("UTC", "00:00", "23:59").startDate(start.toString()).busyCooldownHours(24 * 11);

      assertWaitsUntil(decide(c, k, now), opening, Reason.COOLDOWN, Reason.BEFORE_START_DATE);
    }
  }

  @Nested
  class Rule11And12Result {

    @Test
    void decide_nowWithNanosInsideTheWindow_isCallableWithNextEqualToNow() {
      Instant now = t("2024-06-05T10:00:00.000000001+02:00");
      assertCallableNow(decide(berlinWeekdays(), now), now);
    }

    @Test
    void decide_cooldownBoundWithNanos_isTheNextInstantExactly() {
      Contact k = contact(attempt("2024-06-05T09:30:00.5+02:00", "busy"));
      Instant now = t("2024-06-05T10:30:00.4+02:00");
      assertWaitsUntil(decide(berlinWeekdays().busyCooldownHours(1), k, now), t("2024-06-05T10:30:00.5+02:00"),
          Reason.COOLDOWN);
      Instant bound = t("2024-06-05T10:30:00.5+02:00");
      assertCallableNow(decide(berlinWeekdays().busyCooldownHours(1), k, bound), bound);
    }

    @Test
    void decide_everyFailingRuleIsListed_inRuleOrder() {
      // paused, on the DNC list, a call ringing, no retry left, in cooldown, before the start date,
      // on a Saturday
      Campaign c = berlinWeekdays().status("paused").doNotCallEnabled(true)
          .doNotCallCustomList(List.of(NUMBER)).maxRetries(0).startDate("2024-06-10").build();
      Contact k = contact(attempt("2024-06-08T09:00+02:00", "ringing"));

      Decision d = ENGINE.decide(c, k, DoNotCallList.empty(), t("2024-06-08T10:00+02:00"));

      assertThat(d.reasons()).containsExactly(Reason.CAMPAIGN_NOT_ACTIVE, Reason.DO_NOT_CALL,
          Reason.CALL_IN_PROGRESS, Reason.MAX_RETRIES_REACHED, Reason.COOLDOWN, Reason.BEFORE_START_DATE,
          Reason.OUTSIDE_CALL_WINDOW);
      assertThat(d.nextEligibleAt()).isEmpty();
      assertThat(d.callable()).isFalse();
    }

    @Test
    void decide_completedAndEnded_listsEveryPermanentBlock() {
      Contact k = contact(attempt("2024-06-04T09:00+02:00", "completed"));
      assertBlocked(decide(berlinWeekdays().endDate("2024-06-04").successCooldownHours(0), k, WED_10_BERLIN),
          Reason.CONTACT_COMPLETED, Reason.CAMPAIGN_ENDED);
    }

    @Test
    void decide_reasonsAreImmutable() {
      Decision d = decide(berlinWeekdays().status("paused"), WED_10_BERLIN);
      assertThatThrownBy(() -> d.reasons().add(Reason.COOLDOWN)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> decide(berlinWeekdays(), WED_10_BERLIN).reasons().add(Reason.COOLDOWN))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Nested
  class DaylightSaving {

    @Test
    void decide_newYorkRangeInsideTheSpringForwardGap_waitsForTheNextDay() {
      Campaign.Builder c = everyDay("America/New_York", "02:00", "03:00");
      assertWaitsUntil(decide(c, t("2024-03-10T01:30-05:00")), t("2024-03-11T02:00-04:00"),
          Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_newYorkRangeAcrossTheGap_endsAtThreeLocal() {
      Campaign.Builder c = everyDay("America/New_York", "01:30", "02:30");
      Instant inside = t("2024-03-10T01:59:59-05:00");
      assertCallableNow(decide(c, inside), inside);
      assertWaitsUntil(decide(c, t("2024-03-10T03:00-04:00")), t("2024-03-11T01:30-04:00"),
          Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_newYorkFallBack_bothOccurrencesOfTheRepeatedHalfHourAreCallable() {
      Campaign.Builder c = everyDay("America/New_York", "01:00", "01:30");
      Instant first = t("2024-11-03T01:15-04:00");
      Instant second = t("2024-11-03T01:15-05:00");

      assertCallableNow(decide(c, first), first);
      assertCallableNow(decide(c, second), second);
      assertWaitsUntil(decide(c, t("2024-11-03T01:45-04:00")), t("2024-11-03T01:00-05:00"),
          Reason.OUTSIDE_CALL_WINDOW);
      assertWaitsUntil(decide(c, t("2024-11-03T01:30-05:00")), t("2024-11-04T01:00-05:00"),
          Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_lordHoweHalfHourShift() {
      Campaign.Builder gap = everyDay("Australia/Lord_Howe", "02:00", "02:30");
      Campaign.Builder across = everyDay("Australia/Lord_Howe", "02:00", "03:00");
      Instant before = t("2024-10-06T01:50+10:30");

      assertWaitsUntil(decide(gap, before), t("2024-10-07T02:00+11:00"), Reason.OUTSIDE_CALL_WINDOW);
      assertWaitsUntil(decide(across, before), t("2024-10-06T02:30+11:00"), Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_quarterAndHalfHourZones() {
      Instant utcMidnight = t("2024-06-03T00:00Z"); // a Monday
      assertWaitsUntil(decide(everyDay("Asia/Kathmandu", "09:00", "17:00"), utcMidnight),
          t("2024-06-03T03:15Z"), Reason.OUTSIDE_CALL_WINDOW);
      assertWaitsUntil(decide(everyDay("Pacific/Chatham", "09:00", "17:00"), t("2024-01-14T12:00Z")),
          t("2024-01-14T19:15Z"), Reason.OUTSIDE_CALL_WINDOW);
      assertWaitsUntil(decide(everyDay("Pacific/Chatham", "09:00", "17:00"), t("2024-07-14T12:00Z")),
          t("2024-07-14T20:15Z"), Reason.OUTSIDE_CALL_WINDOW);
      assertWaitsUntil(decide(everyDay("America/St_Johns", "09:00", "17:00"), t("2024-01-15T00:00Z")),
          t("2024-01-15T12:30Z"), Reason.OUTSIDE_CALL_WINDOW);
    }

    @Test
    void decide_endDateIsReadAfterAMidnightOverlap_stJohns2010() {
      // 2010-11-07 00:01 NDT (-02:30) fell back to 2010-11-06 23:01 NST (-03:30): the local date went
      // back to the end date, so the window opens again although the search starts on the 7th.
      Campaign.Builder c = everyDay("America/St_Johns", "23:00", "23:59").endDate("2010-11-06")
          .busyCooldownHours(2);
      Contact k = contact(attempt("2010-11-06T22:00:30-02:30", "busy"));
      Instant now = t("2010-11-06T22:30-02:30");

      assertWaitsUntil(decide(c, k, now), t("2010-11-06T23:01-03:30"), Reason.COOLDOWN, Reason.OUTSIDE_CALL_WINDOW);
    }
  }
}
