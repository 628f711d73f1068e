package ai.talkover.campaigns.domain.contact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.domain.Fixtures;
import ai.talkover.campaigns.domain.contact.CallStatus.Group;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallStatusTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
  @CsvSource(delimiter = '|', value = {
      "queued        | IN_FLIGHT",
      "scheduled     | IN_FLIGHT",
      "initiated     | IN_FLIGHT",
      "ringing       | IN_FLIGHT",
      "answered      | IN_FLIGHT",
      "in_progress   | IN_FLIGHT",
      "in-progress   | IN_FLIGHT",
      "In-Progress   | IN_FLIGHT",
      "RINGING       | IN_FLIGHT",
      "completed     | COMPLETED",
      "success       | COMPLETED",
      "SUCCESS       | COMPLETED",
      "voicemail     | VOICEMAIL",
      "VoiceMail     | VOICEMAIL",
      "no_answer     | NO_ANSWER",
      "no-answer     | NO_ANSWER",
      "NO-ANSWER     | NO_ANSWER",
      "busy          | BUSY",
      "failed        | FAILED",
      "Failed        | FAILED",
      "canceled      | OTHER",
      "no answer     | OTHER",
      "'busy '       | OTHER",
      "' failed'     | OTHER",
      "noanswer      | OTHER",
      "''            | OTHER",
      "machine-detected | OTHER",
  })
  void group_comparesCaseInsensitivelyWithDashesAsUnderscores_andNeverTrims(String status, Group group) {
    CallStatus s = CallStatus.of(status);
    assertThat(s.group()).isEqualTo(group);
    assertThat(s.value()).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({"No-Answer,no_answer", "IN-PROGRESS,in_progress", "weird_Thing-x,weird_thing_x"})
  void key_isLowerCaseWithUnderscores(String status, String key) {
    assertThat(CallStatus.of(status).key()).isEqualTo(key);
  }

  @ParameterizedTest
  @CsvSource({"machine_detected", "Cancelled-By-User"})
  void unknownStatus_isKeptAsWritten(String status) {
    CallAttempt attempt = CallAttempt.of(Fixtures.WED_10_BERLIN, status);
    assertThat(attempt.status().value()).isEqualTo(status);
    assertThat(attempt.status().toString()).isEqualTo(status);
    assertThat(attempt.status().group()).isEqualTo(Group.OTHER);
  }
}
