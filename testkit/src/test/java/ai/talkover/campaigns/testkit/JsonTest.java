package ai.talkover.campaigns.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void write_quoteAndBackslash_areEscaped() {
    assertThat(Json.write("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
  }

  @Test
  void write_controlCharacters_useShortOrUnicodeEscapes() {
    assertThat(Json.write("a\nb\tc\rd\be\ff\u0000g\u001fh"))
        .isEqualTo("\"a\\nb\\tc\\rd\\be\\ff\\u0000g\\u001fh\"");
  }

  @Test
  void write_lineAndParagraphSeparators_areEscaped() {
    assertThat(Json.write("x\u2028y\u2029z")).isEqualTo("\"x\\u2028y\\u2029z\"");
  }

  @Test
  void write_nonAsciiAndSurrogatePairs_arePassedThrough() {
    assertThat(Json.write("é 😀 /")).isEqualTo("\"é 😀 /\"");
  }

  @Test
  void write_unpairedSurrogates_areEscapedSoTheTextStaysValidUtf8() {
    assertThat(Json.write("a\ud800b\udc00")).isEqualTo("\"a\\ud800b\\udc00\"");
  }

  @Test
  void write_nestedValues_keepMapOrderAndWriteNull() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", 1);
    m.put("a", Arrays.asList(true, null, 2.5, "s"));
    m.put("n", null);
    m.put("o", Map.of("k", 10L));

    assertThat(Json.write(m)).isEqualTo("{\"z\":1,\"a\":[true,null,2.5,\"s\"],\"n\":null,\"o\":{\"k\":10}}");
  }

  @Test
  void write_nonFiniteNumber_isRejected() {
    assertThatThrownBy(() -> Json.write(List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not finite");
    assertThatThrownBy(() -> Json.write(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void write_unsupportedTypeOrKey_isRejectedNamingIt() {
    assertThatThrownBy(() -> Json.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.lang.Object");
    Map<Object, Object> badKey = new HashMap<>();
    badKey.put(1, "x");
    assertThatThrownBy(() -> Json.write(badKey))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a String");
  }

  @Test
  void parse_escapesOfEveryKind_areDecoded() {
    assertThat(Json.parse("\"q\\\" b\\\\ s\\/ n\\n t\\t u\\u00e9 p\\ud83d\\ude00\""))
        .isEqualTo("q\" b\\ s/ n\n t\t ué p😀");
  }

  @Test
  void parse_numbers_keepIntegersExactAndDecimalsAsWritten() {
    assertThat(Json.parse("42")).isEqualTo(42L);
    assertThat(Json.parse("-0")).isEqualTo(0L);
    assertThat(Json.parse("80.0")).isEqualTo(new BigDecimal("80.0"));
    assertThat(Json.parse("1e3")).isEqualTo(new BigDecimal("1e3"));
    assertThat(Json.parse("123456789012345678901234567890"))
        .isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(Json.write(Json.parse("[80.0,1.25]"))).isEqualTo("[80.0,1.25]");
  }

  @Test
  void parse_objectsAndArrays_keepOrderAndLastDuplicateKey() {
    Object v = Json.parse(" { \"b\" : [1, {\"c\": null}], \"a\": false, \"b\": \"last\" } ");

    assertThat(v).isInstanceOf(LinkedHashMap.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) v;
    assertThat(m.keySet()).containsExactly("b", "a");
    assertThat(m.get("b")).isEqualTo("last");
    assertThat(m.get("a")).isEqualTo(false);
  }

  @Test
  void parseThenWrite_roundTripsArbitraryText() {
    String original = "tab\t \"quote\" \\ back \u0001 ctl é 😀 \u2028";
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("s", original);
    m.put("list", new ArrayList<>(List.of(1L, "x")));

    assertThat(Json.parse(Json.write(m))).isEqualTo(m);
  }

  @Test
  void parse_malformedInput_isRejectedWithItsOffset() {
    assertThatThrownBy(() -> Json.parse("{\"success\": tru"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected true");
    assertThatThrownBy(() -> Json.parse("{\"a\":1,}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offset 7");
    assertThatThrownBy(() -> Json.parse("[1 2]"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected ','");
    assertThatThrownBy(() -> Json.parse("\"abc"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unterminated");
    assertThatThrownBy(() -> Json.parse("\"a\nb\""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control character");
    assertThatThrownBy(() -> Json.parse("01"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing");
    assertThatThrownBy(() -> Json.parse("{} x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing");
    assertThatThrownBy(() -> Json.parse(""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("end of input");
    assertThatThrownBy(() -> Json.parse("\"\\x\""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad escape");
  }

  @Test
  void parse_excessiveNesting_isRejectedInsteadOfOverflowingTheStack() {
    String deep = "[".repeat(Json.MAX_DEPTH + 2) + "]".repeat(Json.MAX_DEPTH + 2);

    assertThatThrownBy(() -> Json.parse(deep))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nesting");
  }

  @Test
  void parseObject_nonObject_isRejectedNamingWhatWasExpected() {
    assertThatThrownBy(() -> Json.parseObject("[1]", "dataJson"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("dataJson: expected a JSON object, got array");
  }
}
