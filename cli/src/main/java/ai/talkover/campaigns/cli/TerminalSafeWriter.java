package ai.talkover.campaigns.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes text for a terminal: every character that a terminal would act on instead of showing is
 * written as a {@code \u001b}-style escape. Escaped are the C0 controls but the newline (ESC, BEL,
 * NUL, CR, TAB...), DEL, the C1 controls (U+0080..U+009F, CSI among them), Unicode format characters
 * (bidirectional overrides and isolates such as U+202E, zero-width characters, the byte order mark)
 * and the line and paragraph separators. Campaign names, messages and any other text the API sends
 * can then neither retitle, clear or recolour the terminal nor reorder what it shows.
 *
 * <p>The escape is also a valid JSON string escape, so JSON output written through this writer stays
 * valid JSON with the same values (Jackson already escapes the C0 controls; this adds the rest).
 *
 * <p>Hand-written on purpose: the libraries at hand escape for a language (Java, JSON, HTML) and
 * either leave bidi controls alone or escape every non-ASCII letter; a person's name in Cyrillic must
 * stay readable. Not thread-safe (like the writer it wraps).
 */
final class TerminalSafeWriter extends FilterWriter {

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private final boolean keepCarriageReturn = System.lineSeparator().indexOf('\r') >= 0;

  TerminalSafeWriter(Writer out) {
    super(out);
  }

  /**
   * Whether a character is escaped.
   *
   * @param c the character
   * @return true when a terminal would act on it instead of showing it
   */
  static boolean unsafe(char c) {
    if (c == '\n') {
      return false;
    }
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * The text with every unsafe character escaped (for one-line messages).
   *
   * @param text the text
   * @return the escaped text
   */
  static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (unsafe(c)) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        appendEscape(b, c);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
  }

  private static void appendEscape(StringBuilder b, char c) {
    b.append('\\').append('u').append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
        .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
  }

  private boolean escaped(char c) {
    return unsafe(c) && !(c == '\r' && keepCarriageReturn);
  }

  @Override
  public void write(int c) throws IOException {
    char ch = (char) c;
    if (escaped(ch)) {
      StringBuilder b = new StringBuilder(6);
      appendEscape(b, ch);
      out.write(b.toString());
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int start = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (escaped(cbuf[i])) {
        out.write(cbuf, start, i - start);
        write(cbuf[i]);
        start = i + 1;
      }
    }
    out.write(cbuf, start, end - start);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    int start = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      if (escaped(str.charAt(i))) {
        out.write(str, start, i - start);
        write(str.charAt(i));
        start = i + 1;
      }
    }
    out.write(str, start, end - start);
  }
}
