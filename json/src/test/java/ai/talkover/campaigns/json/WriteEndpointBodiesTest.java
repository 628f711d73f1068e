package ai.talkover.campaigns.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The write endpoints' bodies (API spec §3.6, §3.8), read and written, on the documented examples. */
class WriteEndpointBodiesTest {

  private static final TalkoverJsonReader READER = TalkoverJsonReader.standard();

  /** Make Campaign Call's documented 201 body, plus one member the docs do not list. */
  private static final String CREATED = """
      {
        "campaign_call": {
          "id": "call-uuid-1",
          "campaign_id": "campaign-uuid-1",
          "to": "+1234567890",
          "status": "queued",
          "scheduled_at": "2024-01-15T10:30:00Z",
          "created_at": "2024-01-15T10:30:00Z",
          "priority": 2
        },
        "campaign": {
          "id": "campaign-uuid-1",
          "name": "Q1 Outreach",
          "status": "active"
        }
      }""";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static InvalidBodyException failure(Runnable read) {
    try {
      read.run();
    } catch (InvalidBodyException e) {
      return e;
    }
    throw new AssertionError("no InvalidBodyException");
  }

  // ---------------------------------------------------------------------------- 201 answer

  @Test
  void callCreated_documentedBody_readsEveryMemberAndKeepsUnknownOnes() {
    CallCreatedBody created = READER.readCallCreated(utf8(CREATED));

    assertThat(created.call()).isEqualTo(new QueuedCallBody("call-uuid-1", "campaign-uuid-1",
        "+1234567890", "queued", Instant.parse("2024-01-15T10:30:00Z"),
        Instant.parse("2024-01-15T10:30:00Z"), Map.of("priority", 2)));
    assertThat(created.campaign())
        .isEqualTo(new CallCreatedBody.CampaignSummary("campaign-uuid-1", "Q1 Outreach", "active", null));
    assertThat(created.unknownFields()).isEmpty();
  }

  @Test
  void callCreated_unknownStatusAndOffsetInstant_areKept() {
    CallCreatedBody created = READER.readCallCreated(utf8("{\"campaign_call\":{\"id\":\"c\","
        + "\"status\":\"deferred\",\"created_at\":\"2024-01-15T12:30:00+02:00\"}}"));

    assertThat(created.call().status()).isEqualTo("deferred");
    assertThat(created.call().createdAt()).isEqualTo(Instant.parse("2024-01-15T10:30:00Z"));
    assertThat(created.call().scheduledAt()).isNull();
  }

  @Test
  void callCreated_missingOrBadRequiredMembers_nameTheMember() {
    InvalidBodyException noCall = failure(() -> READER.readCallCreated(utf8("{\"campaign\":{}}")));
    InvalidBodyException noId = failure(() -> READER.readCallCreated(
        utf8("{\"campaign_call\":{\"created_at\":\"2024-01-15T10:30:00Z\"}}")));
    InvalidBodyException noCreated = failure(() -> READER.readCallCreated(
        utf8("{\"campaign_call\":{\"id\":\"c\"}}")));
    InvalidBodyException badInstant = failure(() -> READER.readCallCreated(
        utf8("{\"campaign_call\":{\"id\":\"c\",\"created_at\":\"yesterday\"}}")));

    assertThat(noCall.field()).isEqualTo("campaign_call");
    assertThat(noCall).hasMessage("campaign_call is missing");
    assertThat(noId.field()).isEqualTo("campaign_call.id");
    assertThat(noCreated).hasMessage("campaign_call.created_at is missing");
    assertThat(badInstant).hasMessage("campaign_call.created_at: 'yesterday' is not an ISO-8601 instant");
  }

  @Test
  void callCreated_valueOfTheWrongJsonType_isNamedByJacksonsPath() {
    InvalidBodyException call = failure(() -> READER.readCallCreated(utf8("{\"campaign_call\":[1]}")));
    InvalidBodyException nested = failure(() -> READER.readCallCreated(
        utf8("{\"campaign_call\":{\"id\":\"c\",\"scheduled_at\":{\"at\":1}}}")));
    InvalidBodyException top = failure(() -> READER.readCallCreated(utf8("[]")));

    assertThat(call.field()).isEqualTo("campaign_call");
    assertThat(call).hasMessage("campaign_call: an array is not an object");
    assertThat(nested.field()).isEqualTo("campaign_call.scheduled_at");
    assertThat(nested).hasMessage("campaign_call.scheduled_at: an object is not a string");
    assertThat(top.field()).isNull();
    assertThat(top).hasMessage("body is an array, not a JSON object");
  }

  @Test
  void callCreated_duplicateMemberOrBadJson_isTheParsersError() {
    assertThat(failure(() -> READER.readCallCreated(
        utf8("{\"campaign_call\":{\"id\":\"a\",\"id\":\"b\",\"created_at\":\"2024-01-15T10:30:00Z\"}}"))))
        .hasMessageContaining("Duplicate field 'id'");
    assertThat(failure(() -> READER.readCallCreated(utf8("{\"campaign_call\":"))))
        .hasMessageStartingWith("truncated JSON");
  }

  @Test
  void callCreated_written_isTheDocumentedMembersInOrder() {
    CallCreatedBody created = new CallCreatedBody(new QueuedCallBody("call-uuid-1", "campaign-uuid-1",
        "+1234567890", "queued", Instant.parse("2024-01-15T10:30:00Z"),
        Instant.parse("2024-01-15T10:30:00Z"), null),
        new CallCreatedBody.CampaignSummary("campaign-uuid-1", "Q1 Outreach", "active", null), null);

    assertThat(TalkoverJsonWriter.writeCallCreated(created)).isEqualTo("{\"campaign_call\":{"
        + "\"id\":\"call-uuid-1\",\"campaign_id\":\"campaign-uuid-1\",\"to\":\"+1234567890\","
        + "\"status\":\"queued\",\"scheduled_at\":\"2024-01-15T10:30:00Z\","
        + "\"created_at\":\"2024-01-15T10:30:00Z\"},"
        + "\"campaign\":{\"id\":\"campaign-uuid-1\",\"name\":\"Q1 Outreach\",\"status\":\"active\"}}");
  }

  // ------------------------------------------------------------------------ 409 and 422

  @Test
  void existingCall_documented409_isRead_andAnUnreadableOneIsNull() {
    String documented = "{\"success\":false,\"message\":\"A call to this number already exists in this "
        + "campaign\",\"existing_call\":{\"id\":\"call-uuid-existing\",\"campaign_id\":\"campaign-uuid-1\","
        + "\"to\":\"+1234567890\",\"status\":\"queued\",\"created_at\":\"2024-01-15T09:50:00Z\"}}";

    assertThat(READER.readExistingCall(utf8(documented))).isEqualTo(new QueuedCallBody(
        "call-uuid-existing", "campaign-uuid-1", "+1234567890", "queued", null,
        Instant.parse("2024-01-15T09:50:00Z"), null));
    assertThat(READER.readExistingCall(utf8("{\"existing_call\":{\"to\":\"+1\"}}"))).isNull();
    assertThat(READER.readExistingCall(utf8("not json"))).isNull();
  }

  @Test
  void duplicateCall_written_isTheDocumented409() {
    QueuedCallBody existing = new QueuedCallBody("call-uuid-existing", "campaign-uuid-1",
        "+1234567890", "queued", null, Instant.parse("2024-01-15T09:50:00Z"), null);

    assertThat(TalkoverJsonWriter.writeDuplicateCall("A call to this number already exists", existing))
        .isEqualTo("{\"success\":false,\"message\":\"A call to this number already exists\","
            + "\"existing_call\":{\"id\":\"call-uuid-existing\",\"campaign_id\":\"campaign-uuid-1\","
            + "\"to\":\"+1234567890\",\"status\":\"queued\",\"created_at\":\"2024-01-15T09:50:00Z\"}}");
  }

  @Test
  void fieldErrors_documented422WithARepeatedField_keepsBothMessages() {
    String documented = "{\"success\":false,\"message\":\"The given data was invalid.\",\"errors\":{"
        + "\"to\":[\"The to field is required.\"],\"to\":[\"The to must be a valid phone number.\"],"
        + "\"is_testing\":\"The is testing field must be true or false.\"}}";

    Map<String, List<String>> errors = READER.readFieldErrors(utf8(documented));

    assertThat(errors).containsOnlyKeys("to", "is_testing");
    assertThat(errors.get("to"))
        .containsExactly("The to field is required.", "The to must be a valid phone number.");
    assertThat(errors.get("is_testing")).containsExactly("The is testing field must be true or false.");
    assertThat(READER.readFieldErrors(utf8("{\"errors\":[1]}"))).isEmpty();
    assertThat(READER.readFieldErrors(utf8("<html>"))).isEmpty();
  }

  @Test
  void fieldErrorsAndFailure_written_areTheDocumentedShapes() {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    errors.put("to", List.of("The to field is required."));
    errors.put("payload", List.of("The payload must be an array."));

    assertThat(TalkoverJsonWriter.writeFieldErrors("The given data was invalid.", errors))
        .isEqualTo("{\"success\":false,\"message\":\"The given data was invalid.\",\"errors\":{"
            + "\"to\":[\"The to field is required.\"],\"payload\":[\"The payload must be an array.\"]}}");
    assertThat(TalkoverJsonWriter.writeFailure("Campaign is not active"))
        .isEqualTo("{\"success\":false,\"message\":\"Campaign is not active\"}");
  }

  // ---------------------------------------------------------------------- status change

  @Test
  void statusChange_documented200_isRead_andWrittenBack() {
    String documented = "{\"success\":true,\"message\":\"Campaign status updated successfully\","
        + "\"data\":{\"id\":\"campaign-uuid-1\",\"status\":\"active\",\"updated_at\":\"2024-01-01T12:00:00Z\"}}";

    StatusChangeBody change = READER.readStatusChange(utf8(documented));

    assertThat(change).isEqualTo(new StatusChangeBody("campaign-uuid-1", "active",
        Instant.parse("2024-01-01T12:00:00Z"), "Campaign status updated successfully", null));
    assertThat(TalkoverJsonWriter.writeStatusChange(change)).isEqualTo(documented);
  }

  @Test
  void statusChange_failedEnvelopeOrMissingStatus_isAnInvalidBody() {
    assertThat(failure(() -> READER.readStatusChange(utf8("{\"success\":false,\"message\":\"No\"}"))))
        .hasMessage("success is false: No");
    assertThat(failure(() -> READER.readStatusChange(utf8("{\"success\":true}"))))
        .hasMessage("the envelope has no data");
    assertThat(failure(() -> READER.readStatusChange(utf8("{\"data\":{\"id\":\"c\"}}"))).field())
        .isEqualTo("data.status");
    assertThat(failure(() -> READER.readStatusChange(utf8("{\"data\":{\"status\":[]}}"))))
        .hasMessage("data.status: an array is not a string");
  }

  // --------------------------------------------------------------------------- requests

  @Test
  void callRequest_written_leavesEmptyPayloadAndContextOut() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("customer_name", "John Doe");
    payload.put("order_id", "12345");

    assertThat(TalkoverJsonWriter.writeCallRequest(
        new CallRequestBody("+1234567890", null, Map.of(), false, false, null)))
        .isEqualTo("{\"to\":\"+1234567890\",\"is_testing\":false,\"allow_duplicates\":false}");
    assertThat(TalkoverJsonWriter.writeCallRequest(
        new CallRequestBody("+1987654321", payload, Map.of("source", "web_app"), true, false, null)))
        .isEqualTo("{\"to\":\"+1987654321\",\"payload\":{\"customer_name\":\"John Doe\","
            + "\"order_id\":\"12345\"},\"context\":{\"source\":\"web_app\"},\"is_testing\":true,"
            + "\"allow_duplicates\":false}");
    assertThat(TalkoverJsonWriter.writeStatusRequest("paused")).isEqualTo("{\"status\":\"paused\"}");
  }

  @Test
  void callRequest_read_defaultsBooleans_keepsUnknownMembers_andNamesAWrongType() {
    CallRequestBody documented = READER.readCallRequest(utf8(
        "{\"to\":\"+1987654321\",\"payload\":{\"order_id\":\"12345\"},\"priority\":\"high\"}"));
    InvalidBodyException wrong = failure(() -> READER.readCallRequest(
        utf8("{\"to\":\"+1\",\"is_testing\":\"yes\"}")));

    assertThat(documented).isEqualTo(new CallRequestBody("+1987654321", Map.of("order_id", "12345"),
        null, false, false, Map.of("priority", "high")));
    assertThat(wrong.field()).isEqualTo("is_testing");
    assertThat(wrong).hasMessage("is_testing: 'yes' is not a boolean");
    assertThat(READER.readStatusRequest(utf8("{\"status\":\"active\"}"))).isEqualTo("active");
    assertThat(READER.readStatusRequest(utf8("{}"))).isNull();
    assertThat(failure(() -> READER.readStatusRequest(utf8("{\"status\":{}}"))).field())
        .isEqualTo("status");
  }
}
