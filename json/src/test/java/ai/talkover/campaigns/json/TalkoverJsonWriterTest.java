package ai.talkover.campaigns.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TalkoverJsonWriterTest {

  @Test
  void write_plainValues_compactInMapOrder() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("z", 1);
    m.put("a", Arrays.asList(true, null, 2.5, "s", new BigDecimal("80.0"), 12345678901L));
    m.put("n", null);
    m.put("o", Map.of("k", 10));

    assertThat(TalkoverJsonWriter.write(m))
        .isEqualTo("{\"z\":1,\"a\":[true,null,2.5,\"s\",80.0,12345678901],\"n\":null,\"o\":{\"k\":10}}");
  }

  @Test
  void write_escapesQuotesBackslashesControlsSeparatorsAndSurrogates() {
    assertThat(TalkoverJsonWriter.write("say \"hi\" \\ bye")).isEqualTo("\"say \\\"hi\\\" \\\\ bye\"");
    assertThat(TalkoverJsonWriter.write("a\nb\tc\u0000d\u001fe")).isEqualTo("\"a\\nb\\tc\\u0000d\\u001Fe\"");
    assertThat(TalkoverJsonWriter.write("x\u2028y\u2029z")).isEqualTo("\"x\\u2028y\\u2029z\"");
    assertThat(TalkoverJsonWriter.write("a\ud800b")).isEqualTo("\"a\\ud800b\"");
    assertThat(TalkoverJsonWriter.write("é 😀 /")).isEqualTo("\"é \\ud83d\\ude00 /\"");
  }

  @Test
  void write_nonFiniteNumberOrUnwritableObject_isRefused() {
    assertThatThrownBy(() -> TalkoverJsonWriter.write(List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NaN is not a finite number");
    assertThatThrownBy(() -> TalkoverJsonWriter.write(Float.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Infinity is not a finite number");
    assertThatThrownBy(() -> TalkoverJsonWriter.write(new Object()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not writable as JSON");
  }

  @Test
  void write_thenRead_givesTheSameCampaign() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", "c \"1\"");
    data.put("name", "quote \" backslash \\ newline \n nul \u0000 é 😀 </script>");
    data.put("days_of_week", List.of(1, 2));
    data.put("timezone", "Europe/Paris");
    data.put("call_time_ranges", List.of(Map.of("start", "09:00", "end", "17:00")));

    String json = TalkoverJsonWriter.write(Map.of("success", true, "data", data));

    assertThat(TalkoverJsonReader.standard().readSavedCampaign(json).name())
        .contains("quote \" backslash \\ newline \n nul \u0000 é 😀 </script>");
  }
}
