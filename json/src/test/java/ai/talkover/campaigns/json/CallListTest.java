package ai.talkover.campaigns.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException.Violation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code calls[]}, read by {@link CallListDeserializer}: values, failures and duplicates. */
class CallListTest {

  private final TalkoverJsonReader reader = TalkoverJsonReader.standard();

  private static String body(String calls) {
    return "{\"success\":true,\"data\":{\"id\":\"c1\",\"days_of_week\":[1],\"timezone\":\"UTC\","
        + "\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"10:00\"}],\"calls\":" + calls + "}}";
  }

  private Campaign read(String calls) {
    return reader.readCampaign(body(calls).getBytes(StandardCharsets.UTF_8));
  }

  private Throwable failure(String calls) {
    return catchThrowable(() -> read(calls));
  }

  private List<Violation> violations(String calls) {
    return catchThrowableOfType(InvalidCampaignException.class, () -> read(calls)).violations();
  }

  @Test
  void entries_keepEveryMemberAndUnknownMembersAsPlainJavaValues() {
    Campaign c = read("""
        [{"id":"k1","to":"+15550000001","status":"completed","retries":2,
          "created_at":"2026-01-05T14:00:00Z","error":"none","duration":12,"tags":["a",null],
          "meta":{"k":{"deep":true}},"ratio":0.5,"gone":null},
         {"to":"+15550000002","status":"voicemail_left","created_at":"2026-01-05T15:00:00Z"}]""");

    CallRecord first = c.calls().get(0);
    assertThat(first.id()).isEqualTo("k1");
    assertThat(first.to()).isEqualTo("+15550000001");
    assertThat(first.attempt().status().value()).isEqualTo("completed");
    assertThat(first.attempt().retries()).isEqualTo(2);
    assertThat(first.attempt().error()).contains("none");
    assertThat(first.unknownFields().keySet()).containsExactly("duration", "gone", "meta", "ratio", "tags");
    assertThat(first.unknownFields()).containsEntry("duration", 12).containsEntry("ratio", 0.5)
        .containsEntry("tags", Arrays.asList("a", null)).containsEntry("gone", null)
        .containsEntry("meta", Map.of("k", Map.of("deep", true)));
    assertThat(c.calls().get(1).attempt().status().value()).isEqualTo("voicemail_left");
    assertThat(c.calls().get(1).unknownFields()).isEmpty();
  }

  @Test
  void moreDistinctStatusesThanItShares_keepsEveryOneAsWritten() {
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      entries.add("{\"to\":\"+1555000" + String.format("%04d", i) + "\",\"status\":\"s" + (i % 20)
          + "\",\"created_at\":\"2026-01-05T14:00:00Z\"}");
    }

    Campaign c = read("[" + String.join(",", entries) + "]");

    assertThat(c.calls()).hasSize(40);
    assertThat(c.calls().get(17).attempt().status().value()).isEqualTo("s17");
    assertThat(c.calls().get(39).attempt().status().value()).isEqualTo("s19");
  }

  @Test
  void numberOrBooleanForATextMember_isTakenAsItsText_asJacksonsStringBindingDoes() {
    Campaign c = read("[{\"id\":7,\"to\":\"+15550000001\",\"status\":true,"
        + "\"created_at\":\"2026-01-05T14:00:00Z\"}]");

    assertThat(c.calls().get(0).id()).isEqualTo("7");
    assertThat(c.calls().get(0).attempt().status().value()).isEqualTo("true");
  }

  @Test
  void wrongJsonTypes_areViolationsNamingTheEntryAndMember() {
    assertThat(violations("[{\"to\":\"+1\",\"retries\":\"x\"}]"))
        .containsExactly(new Violation("calls[0].retries", "'x' is not an integer"));
    assertThat(violations("[null,{\"retries\":1.5}]"))
        .containsExactly(new Violation("calls[1].retries", "1.5 is not an integer"));
    assertThat(violations("[{\"to\":{\"n\":1}}]"))
        .containsExactly(new Violation("calls[0].to", "an object is not a string"));
    assertThat(violations("[{\"status\":[\"completed\"]}]"))
        .containsExactly(new Violation("calls[0].status", "an array is not a string"));
    assertThat(violations("[null]")).containsExactly(new Violation("calls[0]", "missing"));
    assertThat(violations("[{},7]")).containsExactly(new Violation("calls[1]", "7 is not an object"));
    assertThat(violations("{\"a\":1}")).containsExactly(new Violation("calls", "an object is not an array"));
    assertThat(violations("\"none\"")).containsExactly(new Violation("calls", "'none' is not an array"));
    assertThat(violations("[{\"retries\":3000000000}]").get(0).message())
        .startsWith("3000000000 cannot be read: Numeric value (3000000000) out of range of int");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[{\"id\":\"a\",\"status\":\"busy\",\"id\":\"b\"}]",
      "[{\"extra\":1,\"to\":\"+1\",\"extra\":2}]",
      "[{\"to\":\"+1\",\"meta\":{\"k\":1,\"k\":2}}]",
      "[{\"to\":\"+1\",\"meta\":[{\"k\":1,\"k\":2}]}]",
      "[{\"a\":1,\"b\":2,\"c\":3},{\"a\":1,\"b\":2,\"c\":3,\"a\":4}]"})
  void duplicateMember_anywhereInCalls_isRefusedAsTheParserRefusesIt(String calls) {
    Throwable e = failure(calls);

    assertThat(e).isInstanceOf(InvalidBodyException.class);
    assertThat(((InvalidBodyException) e).detail()).startsWith("body is not valid JSON at line 1, column ")
        .matches(".*Duplicate field '(id|extra|k|a)'$");
  }

  @Test
  void afterTheCalls_theParserChecksDuplicatesAgain() {
    String body = "{\"success\":true,\"data\":{\"calls\":[{\"to\":\"+1\",\"a\":1,\"b\":2,\"c\":3}],"
        + "\"stats\":{\"total_calls\":1,\"completed_calls\":1,\"failed_calls\":0,\"total_calls\":2}}}";

    Throwable e = catchThrowable(() -> reader.readCampaign(body.getBytes(StandardCharsets.UTF_8)));

    assertThat(e).isInstanceOf(InvalidBodyException.class).hasMessageEndingWith("Duplicate field 'total_calls'");
  }

  @Test
  void limitsInsideAnEntry_areTheParsersLimits() {
    String deep = "[".repeat(80) + "]".repeat(80);
    String huge = "x".repeat(TalkoverJsonReader.MAX_STRING_LENGTH + 1);

    assertThat(failure("[{\"to\":\"+1\",\"meta\":" + deep + "}]")).isInstanceOf(InvalidBodyException.class)
        .hasMessageStartingWith("body exceeds the parser limits: ").hasMessageContaining("nesting depth");
    assertThat(failure("[{\"to\":\"" + huge + "\"}]")).isInstanceOf(InvalidBodyException.class)
        .hasMessageStartingWith("body exceeds the parser limits: ").hasMessageContaining("String value length");
  }

  /** The same reader settings without {@link CallListDeserializer}: Jackson's standard binding. */
  private static final ObjectReader STANDARD_BINDING = JsonMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
      .build().readerFor(EnvelopeDto.CAMPAIGN).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION);

  @ParameterizedTest
  @ValueSource(strings = {
      "[]", "null",
      "[{\"id\":\"a\",\"to\":\"+1\",\"status\":\"busy\",\"retries\":0,\"created_at\":\"t\",\"error\":null}]",
      "[{\"id\":1.50,\"to\":false,\"retries\":null,\"x\":{\"y\":[1,2.5,\"z\",null,true]}}]",
      "[{},{\"status\":\"a\"},{\"status\":\"a\",\"n\":-0}]"})
  void acceptedShapes_bindToWhatJacksonsStandardBindingGives(String calls) throws Exception {
    byte[] bytes = body(calls).getBytes(StandardCharsets.UTF_8);
    EnvelopeDto<CampaignDto> standard = STANDARD_BINDING.readValue(bytes);

    Campaign viaDeserializer = reader.readCampaign(bytes);

    assertThat(viaDeserializer).isEqualTo(new CampaignMapperImpl().toCampaign(standard.data));
  }
}
