package ai.talkover.campaigns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalSafeWriterTest {

  private static String through(String text) {
    StringWriter sink = new StringWriter();
    try (PrintWriter w = new PrintWriter(new TerminalSafeWriter(sink))) {
      w.print(text);
    }
    return sink.toString();
  }

  @Test
  void controlAndBidiCharacters_areWrittenAsEscapes() {
    assertThat(through("a\u001b]0;owned\u0007b\u0000c\u202ed\u009be\u007ff\r\tg"))
        .isEqualTo("a\\u001b]0;owned\\u0007b\\u0000c\\u202ed\\u009be\\u007ff\\u000d\\u0009g");
  }

  @Test
  void isolatesZeroWidthAndSeparators_areEscaped() {
    assertThat(through("\u2066x\u2069\u200b\u200f\ufeff\u2028\u2029"))
        .isEqualTo("\\u2066x\\u2069\\u200b\\u200f\\ufeff\\u2028\\u2029");
  }

  @Test
  void newlinesAndPrintableTextInAnyScript_passUnchanged() {
    String text = "Zoë Ærøskøbing – Москва 東京 مرحبا 😀\nnext line";
    assertThat(through(text)).isEqualTo(text);
  }

  @Test
  void singleCharacterWrites_areEscapedToo() {
    StringWriter sink = new StringWriter();
    try (TerminalSafeWriter w = new TerminalSafeWriter(sink)) {
      w.write('\u001b');
      w.write('x');
      w.write("--\u202e--".toCharArray(), 1, 3);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    assertThat(sink.toString()).isEqualTo("\\u001bx-\\u202e-");
  }

  @Test
  void jsonWrittenThroughIt_staysValidJsonWithTheSameValues() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    String name = "Sales\u001b[2J\u0007\u202eevil\u0085";
    String json = mapper.writeValueAsString(java.util.Map.of("name", name));

    String safe = through(json);

    assertThat(safe).doesNotContain("\u001b", "\u0007", "\u202e", "\u0085");
    assertThat(mapper.readTree(safe).get("name").textValue()).isEqualTo(name);
  }

  @Test
  void escape_returnsTheSameStringWhenNothingIsUnsafe() {
    String text = "plain text";
    assertThat(TerminalSafeWriter.escape(text)).isSameAs(text);
    assertThat(TerminalSafeWriter.escape("x\u001by")).isEqualTo("x\\u001by");
  }
}
