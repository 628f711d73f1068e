package ai.talkover.campaigns.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The codec's fast path (bytes straight into the DTOs) against its tree path (bytes into a tree,
 * then the DTOs), which is the reference: for every body, both give an equal campaign or page (with
 * unknown members in the same order and of the same Java types) or the same exception (class,
 * message, context, cause and violations). The fast path must also really answer for the bodies the
 * API sends, and leave every failure to the tree path.
 */
class JsonCodecFastPathTest {

  private static final JsonCodec CODEC = new JsonCodec(16L * 1024 * 1024);
  private static final Context CONTEXT = new Context(200, "campaign-uuid-1", 1, null, "{...}");

  private static final String CALL = "{\"id\":\"c1\",\"to\":\"+15550000001\",\"status\":\"completed\","
      + "\"retries\":0,\"created_at\":\"2026-01-05T14:00:00Z\"}";

  /** A valid campaign object holding {@code calls} and then {@code extra} members. */
  private static String data(String calls, String extra) {
    return "{\"id\":\"campaign-uuid-1\",\"status\":\"active\",\"days_of_week\":[1,2,3,4,5],"
        + "\"earliest_call_time\":\"09:00:00\",\"latest_call_time\":\"17:00:00\","
        + "\"timezone\":\"America/New_York\",\"calls\":" + calls + extra + "}";
  }

  private static String envelope(String data) {
    return "{\"success\":true,\"data\":" + data + "}";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------------------ outcomes

  /** What a read gave: the value and the order of its unknown members, or the failure. */
  private record Outcome(Object value, String unknownOrder, String failure) {}

  private static Outcome outcome(Supplier<?> read) {
    try {
      Object value = read.get();
      return new Outcome(value, unknownOrder(value), null);
    } catch (CampaignQueryException e) {
      String failure = e.getClass().getName() + " | " + e.getMessage() + " | " + e.context()
          + " | cause " + (e.getCause() == null ? null : e.getCause().getClass().getName())
          + (e instanceof InvalidCampaignResponseException i ? " | " + i.violations() : "")
          + (e instanceof InvalidResponseException r ? " | " + r.detail() : "");
      return new Outcome(null, null, failure);
    }
  }

  /** Every unknown-member map of the value, printed in iteration order. */
  private static String unknownOrder(Object value) {
    StringBuilder sb = new StringBuilder();
    if (value instanceof CampaignPage page) {
      sb.append(page.pagination().unknownFields());
      page.campaigns().forEach(c -> sb.append(unknownOrder(c)));
    } else if (value instanceof Campaign c) {
      sb.append(c.unknownFields()).append(c.callTimeRangeUnknownFields());
      c.agent().ifPresent(a -> sb.append(a.unknownFields()));
      c.stats().ifPresent(s -> sb.append(s.unknownFields()));
      for (CallRecord call : c.calls()) {
        sb.append(call.unknownFields());
      }
      for (CampaignFile file : c.files()) {
        sb.append(file.unknownFields());
      }
    }
    return sb.toString();
  }

  private static Outcome campaignOutcome(byte[] body, boolean envelope) {
    return outcome(() -> CODEC.readCampaign(body, envelope, CONTEXT));
  }

  private static Outcome treeCampaignOutcome(byte[] body, boolean envelope) {
    return outcome(() -> CODEC.readCampaignFromTree(body, envelope, CONTEXT));
  }

  /** Both paths agree on the body, with and without a required envelope; returns the outcome. */
  private static Outcome assertSameAsTree(String body) {
    byte[] bytes = utf8(body);
    Outcome result = null;
    for (boolean envelope : new boolean[] {true, false}) {
      result = campaignOutcome(bytes, envelope);
      assertThat(result).as("envelope=%s body=%s", envelope, body)
          .isEqualTo(treeCampaignOutcome(bytes, envelope));
    }
    return result;
  }

  private static Outcome assertPageSameAsTree(String body, int page) {
    byte[] bytes = utf8(body);
    Outcome fast = outcome(() -> CODEC.readPage(bytes, page, CONTEXT));
    assertThat(fast).as("body=%s", body)
        .isEqualTo(outcome(() -> CODEC.readPageFromTree(bytes, page, CONTEXT)));
    return fast;
  }

  // ------------------------------------------------------------------ the fast path answers

  @ParameterizedTest
  @ValueSource(strings = {"get-campaign.json", "update-campaign-response.json"})
  void fastPath_documentedBodies_answerWithoutTheTreeAndEqualIt(String fixture) {
    byte[] body = Fixtures.bytes(fixture);

    for (boolean envelope : new boolean[] {true, false}) {
      Campaign fast = CODEC.fastCampaign(body, envelope);

      assertThat(fast).as("envelope=%s", envelope).isNotNull()
          .isEqualTo(CODEC.readCampaignFromTree(body, envelope, CONTEXT));
    }
  }

  @Test
  void fastPath_bareCampaign_answersWithoutTheTreeAndEqualsIt() {
    byte[] body = utf8(data("[" + CALL + "]", ",\"extra\":{\"data\":1}"));

    Campaign fast = CODEC.fastCampaign(body, false);

    assertThat(fast).isNotNull().isEqualTo(CODEC.readCampaignFromTree(body, false, CONTEXT));
    assertThat(fast.unknownFields()).containsKey("extra");
  }

  @Test
  void fastPath_manyCallsWithUnknownMembers_answersWithoutTheTreeAndEqualsIt() {
    StringBuilder calls = new StringBuilder("[");
    String[] statuses = {"completed", "failed", "no-answer", "busy", "voicemail", "Machine-Detected"};
    for (int i = 0; i < 2_000; i++) {
      calls.append(i == 0 ? "" : ",").append("{\"id\":\"call-").append(i)
          .append("\",\"to\":\"+1555").append(String.format("%07d", i % 700))
          .append("\",\"status\":\"").append(statuses[i % statuses.length])
          .append("\",\"retries\":").append(i % 3)
          .append(",\"created_at\":\"2026-01-05T14:").append(String.format("%02d", i % 60))
          .append(":00.").append(i % 1000).append(i % 2 == 0 ? "Z\"" : "+00:00\"");
      if (i % 7 == 0) {
        calls.append(",\"duration\":").append(i).append(",\"meta\":{\"a\":[1,{\"b\":null}],\"c\":1.5}");
      }
      if (i % 11 == 0) {
        calls.append(",\"error\":\"invalid_number\"");
      }
      calls.append('}');
    }
    calls.append(']');
    byte[] body = utf8(envelope(data(calls.toString(), "")));

    Campaign fast = CODEC.fastCampaign(body, true);

    assertThat(fast).isNotNull().isEqualTo(CODEC.readCampaignFromTree(body, true, CONTEXT));
    assertThat(fast.calls()).hasSize(2_000);
    assertThat(unknownOrder(fast)).isEqualTo(unknownOrder(CODEC.readCampaignFromTree(body, true, CONTEXT)));
  }

  @Test
  void fastPath_moreDistinctStatusesThanItShares_keepsEveryOneAsWritten() {
    List<String> statuses = new ArrayList<>();
    StringBuilder calls = new StringBuilder("[");
    for (int i = 0; i < 40; i++) {
      String status = "status-" + (i % 20) + (i % 3 == 0 ? "\\u00e9" : "");
      statuses.add(status.replace("\\u00e9", "\u00e9"));
      calls.append(i == 0 ? "" : ",").append(CALL.replace("completed", status));
    }
    calls.append(']');
    byte[] body = utf8(envelope(data(calls.toString(), "")));

    Campaign fast = CODEC.fastCampaign(body, true);

    assertThat(fast).isNotNull().isEqualTo(CODEC.readCampaignFromTree(body, true, CONTEXT));
    assertThat(fast.calls()).extracting(c -> c.attempt().status().value())
        .containsExactlyElementsOf(statuses);
  }

  @Test
  void fastPage_listFixture_answersWithoutTheTreeAndEqualsIt() {
    byte[] body = Fixtures.bytes("list-campaigns.json");

    CampaignPage fast = CODEC.fastPage(body, 1, CONTEXT);

    assertThat(fast).isNotNull().isEqualTo(CODEC.readPageFromTree(body, 1, CONTEXT));
  }

  // ---------------------------------------------------------- every failure goes to the tree

  @Test
  void fastPath_invalidCampaign_leavesTheAnswerToTheTree() {
    byte[] body = utf8(envelope(data("[" + CALL.replace("2026-01-05", "2026-02-30") + "]", "")));

    assertThat(CODEC.fastCampaign(body, true)).isNull();
    assertThat(campaignOutcome(body, true).failure())
        .contains("InvalidCampaignResponseException", "calls[0].created_at",
            "'2026-02-30T14:00:00Z' is not an ISO-8601 instant");
  }

  static Stream<Arguments> duplicates() {
    String nested = ",\"meta\":{\"a\":1}";
    return Stream.of(
        Arguments.of("known member of a call", "[" + CALL.replace("{\"id\":\"c1\",", "{\"id\":\"c1\",\"id\":\"c2\",") + "]", ""),
        Arguments.of("status of a call", "[" + CALL.replace("}", ",\"status\":\"busy\"}") + "]", ""),
        Arguments.of("unknown member of a call", "[" + CALL.replace("}", ",\"x\":1,\"x\":2}") + "]", ""),
        Arguments.of("unknown named like the map", "[" + CALL.replace("}", ",\"unknown_fields\":1,\"unknown_fields\":2}") + "]", ""),
        Arguments.of("object in a call's unknown member", "[" + CALL.replace("}", ",\"x\":{\"k\":1,\"k\":2}}") + "]", ""),
        Arguments.of("object in an array in a call", "[" + CALL.replace("}", ",\"x\":[1,{\"a\":1,\"b\":2,\"c\":3,\"a\":4}]}") + "]", ""),
        Arguments.of("object in nested arrays in a call", "[" + CALL.replace("}", ",\"x\":[[{\"k\":1,\"k\":2}]]}") + "]", ""),
        Arguments.of("second call after a nested one", "[" + CALL.replace("}", nested + "}") + ","
            + CALL.replace("}", ",\"y\":{\"k\":{\"z\":1,\"z\":2}}}") + "]", ""),
        Arguments.of("file after the calls", "[" + CALL.replace("}", nested + "}") + "]",
            ",\"files\":[{\"id\":\"f\",\"status\":\"processed\",\"id\":\"g\"}]"),
        Arguments.of("nested object in a file after the calls", "[" + CALL.replace("}", nested + "}") + "]",
            ",\"files\":[{\"id\":\"f\",\"meta\":{\"a\":1,\"a\":2}}]"),
        Arguments.of("ranges after the calls", "[" + CALL + "]",
            ",\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"10:00\",\"start\":\"11:00\"}]"),
        Arguments.of("stats after the calls", "[" + CALL + "]",
            ",\"stats\":{\"total_calls\":1,\"failed_calls\":0,\"total_calls\":2}"),
        Arguments.of("campaign member after the calls", "[" + CALL + "]", ",\"name\":\"a\",\"name\":\"b\""),
        Arguments.of("deep unknown after the calls", "[" + CALL.replace("}", ",\"x\":[{\"q\":[]}]}") + "]",
            ",\"zz\":{\"a\":{\"b\":[{\"c\":1,\"d\":1,\"e\":1,\"c\":2}]}}"),
        Arguments.of("call object reused for a later array", "[" + CALL + "]",
            ",\"call_time_ranges\":[{\"start\":\"09:00\",\"end\":\"10:00\",\"x\":0,\"end\":\"11:00\"}]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("duplicates")
  void fastPath_duplicateMember_isStillRefusedExactlyAsByTheTree(String where, String calls,
      String extra) {
    String body = envelope(data(calls, extra));

    Outcome outcome = assertSameAsTree(body);

    assertThat(CODEC.fastCampaign(utf8(body), true)).isNull();
    assertThat(outcome.failure()).contains("InvalidResponseException", "Duplicate field");
  }

  @Test
  void fastPath_duplicateInAnEnvelopeMember_isStillRefused() {
    String body = "{\"success\":true,\"meta\":{\"a\":1,\"a\":2},\"data\":" + data("[]", "") + "}";

    assertThat(assertSameAsTree(body).failure()).contains("Duplicate field 'a'");
  }

  // ------------------------------------------------------------------- same outcome as tree

  static Stream<Arguments> callMembers() {
    List<String> members = List.of("id", "to", "status", "retries", "created_at", "error", "extra",
        "unknown_fields", "unknownFields", "createdAt");
    List<String> values = List.of("null", "1", "-1", "0", "2147483647", "2147483648", "-2147483649",
        "99999999999999999999", "1.0", "1.5", "1e2", "-0", "-0.0", "1e400", "0.1000000000000000055511151231257827",
        "true", "false", "\"\"", "\"x\"", "\"2026-01-05T14:00:00.5+00:00\"", "\"2026-01-05T14:00:00+01:00\"",
        "\"compl\\u0065ted\"", "\"\\ud83d\\ude00\"", "[]", "[1]", "[null]", "{}", "{\"a\":1}",
        "{\"a\":{\"b\":[1,2.5,\"c\",null,true]}}");
    List<Arguments> args = new ArrayList<>();
    for (String member : members) {
      for (String value : values) {
        args.add(Arguments.of(member, value));
      }
    }
    return args.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("callMembers")
  void fastPath_callMemberOfAnyJsonValue_givesTheTreesOutcome(String member, String value) {
    String set = "\"" + member + "\":" + value;
    String replaced = CALL.contains("\"" + member + "\":")
        ? CALL.replaceFirst("\"" + member + "\":(\"[^\"]*\"|[0-9]+)", java.util.regex.Matcher.quoteReplacement(set))
        : CALL.replace("}", "," + set + "}");

    assertSameAsTree(envelope(data("[" + CALL + "," + replaced + "," + CALL + "]", "")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "[]", "[null]", "[1]", "[\"x\"]", "[[]]", "{}", "1", "\"x\"", "true",
      "[" + CALL + ",null]", "[" + CALL + ",]", "[" + CALL + " " + CALL + "]"})
  void fastPath_callsOfAnyShape_givesTheTreesOutcome(String calls) {
    assertSameAsTree(envelope(data(calls, "")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", " ", "null", "1", "\"x\"", "[]", "{}", "{\"success\":true}", "{\"success\":false}",
      "{\"success\":false,\"message\":\"nope\"}", "{\"success\":null,\"data\":%s}",
      "{\"success\":\"true\",\"data\":%s}", "{\"success\":1,\"data\":%s}", "{\"success\":true,\"data\":null}",
      "{\"success\":true,\"data\":[]}", "{\"success\":true,\"data\":1}", "{\"success\":true,\"data\":\"\"}",
      "{\"success\":true,\"data\":\"x\"}", "{\"success\":true,\"data\":{}}", "{\"data\":%s}",
      "{\"data\":%s,\"id\":\"x\"}", "{\"data\":%s,\"id\":null}", "{\"id\":\"x\",\"data\":%s}",
      "{\"message\":\"ok\",\"success\":true,\"data\":%s}", "{\"data\":%s,\"success\":true}",
      "{\"success\":true,\"data\":%s,\"pagination\":{\"x\":[1,{}]}}", "{\"success\":true,\"data\":%s} x",
      "{\"success\":true,\"data\":%s}{}", "{\"success\":true,\"data\":%s", "{\"success\":true,\"data\":%s,}",
      "%s", "[%s]"})
  void fastPath_envelopeOfAnyShape_givesTheTreesOutcome(String template) {
    assertSameAsTree(template.replace("%s", data("[" + CALL + "]", "")));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\":\"campaign-uuid-1\",\"data\":1,\"success\":true}", "{\"id\":\"c\",\"data\":{}}",
      "{\"id\":null,\"data\":{}}", "{\"name\":\"n\",\"data\":" + "{}" + "}", "{\"timezone\":\"UTC\",\"success\":true}"})
  void fastPath_bareLookingBodies_giveTheTreesOutcome(String body) {
    assertSameAsTree(body);
  }

  @Test
  void fastPath_numbersInUnknownMembers_keepTheTreesJavaTypes() {
    String numbers = "{\"i\":1,\"l\":12345678901,\"b\":123456789012345678901234567890,\"d\":1.5,"
        + "\"e\":1e400,\"p\":0.1000000000000000055511151231257827,\"z\":-0.0,\"n\":-1e-400}";
    String body = envelope(data("[" + CALL.replace("}", ",\"n\":" + numbers + "}") + "]",
        ",\"stats\":{\"total_calls\":1,\"x\":" + numbers + "},\"top\":" + numbers));

    Outcome outcome = assertSameAsTree(body);

    assertThat(outcome.value()).isNotNull();
  }

  @Test
  void fastPath_stringBeyondTheLimitInACall_isRefusedAsByTheTree() {
    String huge = "x".repeat(JsonCodec.MAX_STRING_LENGTH + 1);

    assertThat(assertSameAsTree(envelope(data("[" + CALL.replace("}", ",\"x\":\"" + huge + "\"}") + "]", "")))
        .failure()).contains("parser limits");
    assertThat(assertSameAsTree(envelope(data("[" + CALL.replace("c1", huge) + "]", ""))).failure())
        .contains("parser limits");
  }

  @Test
  void fastPath_nestingBeyondTheLimitInACall_isRefusedAsByTheTree() {
    String deep = "[".repeat(JsonCodec.MAX_NESTING_DEPTH) + "]".repeat(JsonCodec.MAX_NESTING_DEPTH);

    assertThat(assertSameAsTree(envelope(data("[" + CALL.replace("}", ",\"x\":" + deep + "}") + "]", "")))
        .failure()).contains("parser limits");
  }

  /** Random edits of a body that exercises every DTO: both paths must still agree. */
  @Test
  void fastPath_randomEditsOfABody_giveTheTreesOutcome() {
    String seed = envelope(data("[" + CALL + "," + CALL.replace("}", ",\"meta\":{\"a\":[1,{\"b\":2}]},\"error\":\"x\"}")
        + "]", ",\"agent\":{\"id\":\"a\",\"name\":\"n\",\"q\":1},\"stats\":{\"total_calls\":2,\"success_rate\":1.5},"
        + "\"files\":[{\"id\":\"f\",\"status\":\"processed\",\"total_records\":3,\"k\":[]}],\"top\":{\"x\":[true]}"));
    String[] tokens = {"{", "}", "[", "]", ",", ":", "\"", "\"a\":1,", "null", "1", "-", ".5", "e9", "\\",
        "\"id\":\"x\",", "\"status\":\"busy\",", "\"retries\":", "\"x\":{\"a\":1,\"a\":2},", " "};
    Random random = new Random(20260105L);
    int answeredFast = 0;
    for (int i = 0; i < 3_000; i++) {
      StringBuilder body = new StringBuilder(seed);
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(body.length());
        switch (random.nextInt(3)) {
          case 0 -> body.delete(at, Math.min(body.length(), at + 1 + random.nextInt(3)));
          case 1 -> body.insert(at, tokens[random.nextInt(tokens.length)]);
          default -> {
            int from = random.nextInt(body.length());
            int to = Math.min(body.length(), from + 1 + random.nextInt(40));
            body.insert(at, body.substring(from, to));
          }
        }
      }
      Outcome outcome = assertSameAsTree(body.toString());
      if (outcome.value() != null) {
        answeredFast += CODEC.fastCampaign(utf8(body.toString()), false) != null ? 1 : 0;
      }
    }
    assertThat(answeredFast).as("edits that still give a campaign, read by the fast path")
        .isGreaterThan(50);
  }

  // ------------------------------------------------------------------------------------ pages

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"success\":true,\"data\":[%c],\"pagination\":%p}",
      "{\"success\":true,\"data\":[%c,%c],\"pagination\":%p}",
      "{\"data\":[%c],\"pagination\":%p}",
      "{\"success\":false,\"data\":[%c],\"pagination\":%p}",
      "{\"success\":true,\"data\":[],\"pagination\":%p}",
      "{\"success\":true,\"data\":[null],\"pagination\":%p}",
      "{\"success\":true,\"data\":[1],\"pagination\":%p}",
      "{\"success\":true,\"data\":[%c,[]],\"pagination\":%p}",
      "{\"success\":true,\"data\":%c,\"pagination\":%p}",
      "{\"success\":true,\"data\":null,\"pagination\":%p}",
      "{\"success\":true,\"data\":[%c]}",
      "{\"success\":true,\"data\":[%c],\"pagination\":null}",
      "{\"success\":true,\"data\":[%c],\"pagination\":[]}",
      "{\"success\":true,\"data\":[%c],\"pagination\":{\"current_page\":2,\"last_page\":5,\"per_page\":20,\"total\":100}}",
      "{\"success\":true,\"data\":[%c],\"pagination\":{\"current_page\":1,\"last_page\":5,\"per_page\":20}}",
      "{\"success\":true,\"data\":[%c],\"pagination\":{\"current_page\":1.0,\"last_page\":5,\"per_page\":20,\"total\":1}}",
      "{\"success\":true,\"data\":[%c],\"pagination\":{\"current_page\":1,\"last_page\":5,\"per_page\":20,\"total\":1,\"total\":2}}",
      "{\"success\":true,\"data\":[%c],\"pagination\":{\"current_page\":1,\"last_page\":5,\"per_page\":20,\"total\":1,\"x\":{\"y\":[1]}}}",
      "{\"success\":true,\"data\":[%bad],\"pagination\":%p}",
      "{\"success\":true,\"data\":[%c,%bad],\"pagination\":%p}",
      "{\"success\":true,\"data\":[%c],\"pagination\":%p,\"data\":[]}"})
  void fastPage_bodyOfAnyShape_givesTheTreesOutcome(String template) {
    String pagination = "{\"current_page\":1,\"last_page\":5,\"per_page\":20,\"total\":100,\"from\":1,\"to\":20}";
    String body = template.replace("%p", pagination)
        .replace("%bad", data("[" + CALL.replace("completed\",", "completed\",\"retries\":-1,").replace("\"retries\":0,", "") + "]", ""))
        .replace("%c", data("[" + CALL + "]", ""));

    assertPageSameAsTree(body, 1);
  }
}
