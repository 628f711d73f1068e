package ai.talkover.campaigns.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException.Violation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the one bind path words what is wrong with a body, field names as the API spells them. */
class ReaderFailuresTest {

  private static final String VALID = "\"days_of_week\":[1],\"timezone\":\"UTC\","
      + "\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"10:00\"}]";

  private final TalkoverJsonReader reader = TalkoverJsonReader.standard();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private InvalidBodyException bodyFailure(String body) {
    return catchThrowableOfType(InvalidBodyException.class, () -> reader.readCampaign(utf8(body)));
  }

  private InvalidCampaignException campaignFailure(String data) {
    return catchThrowableOfType(InvalidCampaignException.class,
        () -> reader.readCampaign(utf8("{\"success\":true,\"data\":" + data + "}")));
  }

  @Test
  void wrongJsonTypes_areViolationsNamedByJacksonsPath() {
    assertThat(campaignFailure("{\"id\":\"c1\",\"max_retries\":\"three\"," + VALID + "}").violations())
        .containsExactly(new Violation("max_retries", "'three' is not an integer"));
    assertThat(campaignFailure("{\"id\":\"c1\",\"name\":{}," + VALID + "}").violations())
        .containsExactly(new Violation("name", "an object is not a string"));
    assertThat(campaignFailure("{\"id\":\"c1\",\"auto_complete\":\"yes\"," + VALID + "}").violations())
        .containsExactly(new Violation("auto_complete", "'yes' is not a boolean"));
    assertThat(campaignFailure("{\"id\":\"c1\",\"days_of_week\":{},\"timezone\":\"UTC\"}").violations())
        .containsExactly(new Violation("days_of_week", "an object is not an array"));
    assertThat(campaignFailure("{\"id\":\"c1\",\"agent\":[1]," + VALID + "}").violations())
        .containsExactly(new Violation("agent", "an array is not an object"));
    assertThat(campaignFailure("{\"id\":\"c1\",\"stats\":{\"success_rate\":\"high\"}," + VALID + "}")
        .violations()).containsExactly(new Violation("stats.success_rate", "'high' is not a number"));
    assertThat(campaignFailure("{\"id\":\"c1\"," + VALID.replace("\"09:00\"", "{}") + "}").violations())
        .containsExactly(new Violation("call_time_ranges[0].start", "an object is not a string"));
  }

  @Test
  void numberForATextField_isTakenAsItsText_asJacksonsStringBindingDoes() {
    assertThat(campaignFailure("{\"id\":\"c1\"," + VALID.replace("\"09:00\"", "9") + "}").violations())
        .containsExactly(new Violation("call_time_ranges[0].start", "'9' is not a time HH:MM or HH:MM:SS"));
  }

  @Test
  void numberBeyondInt_isAViolationSayingItCannotBeRead() {
    Violation v = campaignFailure("{\"id\":\"c1\",\"max_retries\":12345678901," + VALID + "}")
        .violations().get(0);

    assertThat(v.field()).isEqualTo("max_retries");
    assertThat(v.message()).startsWith("12345678901 cannot be read: Numeric value (12345678901) out of range of int");
  }

  @Test
  void domainViolations_nameEveryFieldInsideData() {
    assertThat(campaignFailure("{\"id\":\"c1\",\"days_of_week\":[0,8],\"timezone\":\"Mars/Base\","
        + "\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"10:00\"}]}").violations())
        .extracting(Violation::field)
        .containsExactlyInAnyOrder("days_of_week[0]", "days_of_week[1]", "timezone");
  }

  @Test
  void envelopeShapes_areBodyFailuresWithTheApiMessage() {
    assertThat(bodyFailure("{\"success\":false,\"message\":\"Campaign not found\"}"))
        .satisfies(e -> assertThat(e.detail()).isEqualTo("success is false: Campaign not found"))
        .satisfies(e -> assertThat(e.apiMessage()).isEqualTo("Campaign not found"));
    assertThat(bodyFailure("{\"success\":false,\"error\":{\"message\":\"nested\"}}").apiMessage())
        .isEqualTo("nested");
    assertThat(bodyFailure("{\"success\":\"yes\",\"data\":{}}").detail())
        .isEqualTo("success is 'yes', not a boolean");
    assertThat(bodyFailure("{\"success\":true}").detail()).isEqualTo("the envelope has no data");
    assertThat(bodyFailure("{\"success\":true,\"data\":null}").detail())
        .isEqualTo("the envelope has no data (data is null)");
    assertThat(bodyFailure("{\"success\":true,\"data\":[1,2]}").detail())
        .isEqualTo("data is an array, not a campaign object");
    assertThat(bodyFailure("{\"success\":true,\"data\":\"c1\"}").detail())
        .isEqualTo("data is 'c1', not a campaign object");
    assertThat(bodyFailure("[1]").detail()).isEqualTo("body is an array, not a JSON object");
  }

  @Test
  void savedDocumentThatIsNoObject_isABodyFailure() {
    assertThatThrownBy(() -> reader.readSavedCampaign("[1]"))
        .isInstanceOf(InvalidBodyException.class)
        .hasMessage("data is an array, not a campaign object");
  }

  @Test
  void badJson_isABodyFailureWithItsPosition() {
    assertThat(bodyFailure("").detail()).isEqualTo("empty body");
    assertThat(bodyFailure("  \n ").detail()).isEqualTo("empty body");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"c1\"").detail())
        .startsWith("truncated JSON: the body ends at line 1, column ");
    assertThat(bodyFailure("<html>").detail()).startsWith("body is not valid JSON at line 1, column 1: Unexpected character");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"c1\"," + VALID + "}} {}").detail())
        .startsWith("body is not valid JSON at line 1, column ")
        .contains("Trailing token (of type START_OBJECT)");
  }

  @Test
  void badJsonAfterAValueOfTheWrongType_isStillReportedAsBadJson() {
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"c1\",\"days_of_week\":[1,\"x\":2]}}").detail())
        .startsWith("body is not valid JSON at line 1, column ")
        .contains("was expecting comma to separate Array entries");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"c1\",\"max_retries\":\"x\",\"a\":1,\"a\":2}}")
        .detail()).endsWith("Duplicate field 'a'");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"c1\",\"calls\":[{\"retries\":\"x\"}]}} []").detail())
        .contains("Trailing token (of type START_ARRAY)");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"c1\",\"agent\":[1],\"name\":\"n").detail())
        .startsWith("truncated JSON");
  }

  @Test
  void duplicateMember_isRefusedWhereverItIs() {
    assertThat(bodyFailure("{\"success\":true,\"success\":true,\"data\":{}}").detail())
        .contains("Duplicate field 'success'");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"a\",\"status\":\"paused\",\"status\":\"active\"}}")
        .detail()).startsWith("body is not valid JSON at line 1, column ")
        .endsWith("Duplicate field 'status'");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"a\",\"agent\":{\"id\":\"x\",\"id\":\"y\"}}}")
        .detail()).endsWith("Duplicate field 'id'");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"a\",\"x\":{\"k\":1,\"k\":2}}}").detail())
        .endsWith("Duplicate field 'k'");
  }

  @Test
  void parserLimits_areBodyFailures() {
    String deep = "[".repeat(100) + "]".repeat(100);
    String huge = "x".repeat(TalkoverJsonReader.MAX_STRING_LENGTH + 1);

    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"a\",\"x\":" + deep + "}}").detail())
        .startsWith("body exceeds the parser limits: ").contains("nesting depth");
    assertThat(bodyFailure("{\"success\":true,\"data\":{\"id\":\"a\",\"name\":\"" + huge + "\"}}").detail())
        .startsWith("body exceeds the parser limits: ").contains("String value length");
    assertThatThrownBy(() -> new TalkoverJsonReader(64).readCampaign(utf8(
        "{\"success\":true,\"data\":{\"id\":\"a\"," + VALID + "}}")))
        .isInstanceOf(InvalidBodyException.class)
        .hasMessageStartingWith("body exceeds the parser limits: ")
        .hasMessageContaining("Document length");
  }

  @Test
  void pageFailures_nameTheItemOrThePaginationMember() {
    String pagination = ",\"pagination\":{\"current_page\":1,\"last_page\":1,\"per_page\":20,\"total\":2}";
    String item = "{\"id\":\"c1\"," + VALID + "}";

    assertThat(pageFailure("{\"success\":true,\"data\":{}" + pagination + "}", InvalidBodyException.class)
        .getMessage()).isEqualTo("data is an object, not an array of campaigns");
    assertThat(pageFailure("{\"success\":true,\"data\":[" + item + ",null]" + pagination + "}",
        InvalidCampaignException.class).violations())
        .containsExactly(new Violation("data[1]", "null is not a campaign object"));
    assertThat(pageFailure("{\"success\":true,\"data\":[" + item + ",7]" + pagination + "}",
        InvalidCampaignException.class).violations())
        .containsExactly(new Violation("data[1]", "7 is not a campaign object"));
    assertThat(pageFailure("{\"success\":true,\"data\":[" + item + ",{\"id\":\"c2\",\"max_retries\":true}]"
        + pagination + "}", InvalidCampaignException.class).violations())
        .containsExactly(new Violation("data[1].max_retries", "true is not an integer"));
    assertThat(pageFailure("{\"success\":true,\"data\":[{\"id\":\"c3\",\"timezone\":\"Nowhere\","
        + "\"days_of_week\":[1],\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"10:00\"}]}]"
        + pagination + "}", InvalidCampaignException.class).violations())
        .extracting(Violation::field).containsExactly("data[0].timezone");
    assertThat(pageFailure("{\"success\":true,\"data\":[]}", InvalidBodyException.class).getMessage())
        .isEqualTo("the list has no pagination block");
    assertThat(pageFailure("{\"success\":true,\"data\":[],\"pagination\":{\"current_page\":1}}",
        InvalidBodyException.class).getMessage()).isEqualTo("pagination.last_page is missing");
    assertThat(pageFailure("{\"success\":true,\"data\":[],\"pagination\":{\"current_page\":1,"
        + "\"last_page\":\"1\"}}", InvalidBodyException.class).getMessage())
        .isEqualTo("pagination.last_page is '1', not an integer");
    assertThat(pageFailure("{\"success\":true,\"data\":[]" + pagination.replace("\"current_page\":1",
        "\"current_page\":2") + "}", InvalidBodyException.class).getMessage())
        .isEqualTo("asked for page 1 but pagination.current_page is 2");
  }

  private <T extends Throwable> T pageFailure(String body, Class<T> type) {
    return catchThrowableOfType(type, () -> reader.readCampaignList(utf8(body), 1));
  }
}
