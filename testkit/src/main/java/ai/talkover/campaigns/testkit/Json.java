package ai.talkover.campaigns.testkit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A small, strict JSON reader and writer (RFC 8259) for the testkit, so that it needs no JSON library
 * of its own (WireMock's Jackson is shaded and not a public API).
 *
 * <p>Values are plain Java: {@code null}, {@link String}, {@link Boolean}, {@link Number} (read as
 * {@link Long}, {@link BigInteger} or {@link BigDecimal}), {@link List} and {@link Map} with String
 * keys (read as {@link LinkedHashMap}, input order kept; a repeated key keeps its last value). Stateless
 * and thread-safe.
 */
final class Json {

  /** Deeper nesting than this is rejected rather than risking a stack overflow. */
  static final int MAX_DEPTH = 512;

  private Json() {}

  // ---------------------------------------------------------------------------------- reading

  /**
   * Parses one JSON text.
   *
   * @param text the text; not {@code null}
   * @return the value; {@code null} for the literal {@code null}
   * @throws IllegalArgumentException when the text is not JSON, naming the offset
   */
  static Object parse(String text) {
    Objects.requireNonNull(text, "text");
    Reader r = new Reader(text);
    r.skipWhitespace();
    Object value = r.value(0);
    r.skipWhitespace();
    if (r.pos != text.length()) {
      throw r.error("unexpected trailing content");
    }
    return value;
  }

  /**
   * Parses a JSON object.
   *
   * @param text the text; not {@code null}
   * @param what what the text is, for the error message
   * @return the object's members, in input order
   * @throws IllegalArgumentException when the text is not a JSON object
   */
  static Map<String, Object> parseObject(String text, String what) {
    Object value;
    try {
      value = parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": not valid JSON: " + e.getMessage(), e);
    }
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(what + ": expected a JSON object, got " + typeName(value));
    }
    @SuppressWarnings("unchecked") // the reader only creates Map<String, Object>
    Map<String, Object> map = (Map<String, Object>) value;
    return map;
  }

  /**
   * A JSON type name for messages.
   *
   * @param value a value; nullable
   * @return {@code null}, {@code string}, {@code number}, {@code boolean}, {@code array} or
   *     {@code object}
   */
  static String typeName(Object value) {
    if (value == null) {
      return "null";
    } else if (value instanceof String) {
      return "string";
    } else if (value instanceof Number) {
      return "number";
    } else if (value instanceof Boolean) {
      return "boolean";
    } else if (value instanceof List) {
      return "array";
    } else if (value instanceof Map) {
      return "object";
    }
    return value.getClass().getName();
  }

  private static final class Reader {
    private final String s;
    private int pos;

    Reader(String s) {
      this.s = s;
    }

    IllegalArgumentException error(String message) {
      return new IllegalArgumentException(message + " at offset " + pos);
    }

    void skipWhitespace() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
          pos++;
        } else {
          return;
        }
      }
    }

    Object value(int depth) {
      if (depth > MAX_DEPTH) {
        throw error("nesting deeper than " + MAX_DEPTH);
      }
      if (pos >= s.length()) {
        throw error("unexpected end of input");
      }
      char c = s.charAt(pos);
      switch (c) {
        case '{':
          return object(depth);
        case '[':
          return array(depth);
        case '"':
          return string();
        case 't':
          literal("true");
          return Boolean.TRUE;
        case 'f':
          literal("false");
          return Boolean.FALSE;
        case 'n':
          literal("null");
          return null;
        default:
          if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
          }
          throw error("unexpected character '" + c + "'");
      }
    }

    private void literal(String word) {
      if (!s.startsWith(word, pos)) {
        throw error("expected " + word);
      }
      pos += word.length();
    }

    private Map<String, Object> object(int depth) {
      pos++; // {
      Map<String, Object> out = new LinkedHashMap<>();
      skipWhitespace();
      if (peek() == '}') {
        pos++;
        return out;
      }
      while (true) {
        skipWhitespace();
        if (peek() != '"') {
          throw error("expected a member name");
        }
        String key = string();
        skipWhitespace();
        expect(':');
        skipWhitespace();
        out.put(key, value(depth + 1));
        skipWhitespace();
        char c = next();
        if (c == '}') {
          return out;
        }
        if (c != ',') {
          pos--;
          throw error("expected ',' or '}'");
        }
      }
    }

    private List<Object> array(int depth) {
      pos++; // [
      List<Object> out = new ArrayList<>();
      skipWhitespace();
      if (peek() == ']') {
        pos++;
        return out;
      }
      while (true) {
        skipWhitespace();
        out.add(value(depth + 1));
        skipWhitespace();
        char c = next();
        if (c == ']') {
          return out;
        }
        if (c != ',') {
          pos--;
          throw error("expected ',' or ']'");
        }
      }
    }

    private String string() {
      pos++; // opening quote
      StringBuilder sb = new StringBuilder();
      while (true) {
        if (pos >= s.length()) {
          throw error("unterminated string");
        }
        char c = s.charAt(pos++);
        if (c == '"') {
          return sb.toString();
        }
        if (c < 0x20) {
          pos--;
          throw error("unescaped control character in string");
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = next();
        switch (e) {
          case '"':
          case '\\':
          case '/':
            sb.append(e);
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'u':
            if (pos + 4 > s.length()) {
              throw error("truncated \\u escape");
            }
            int code = 0;
            for (int i = 0; i < 4; i++) {
              int digit = Character.digit(s.charAt(pos + i), 16);
              if (digit < 0) {
                throw error("bad \\u escape");
              }
              code = code * 16 + digit;
            }
            pos += 4;
            sb.append((char) code);
            break;
          default:
            pos--;
            throw error("bad escape '\\" + e + "'");
        }
      }
    }

    private Number number() {
      int start = pos;
      boolean integral = true;
      if (peek() == '-') {
        pos++;
      }
      if (peek() == '0') {
        pos++;
      } else if (isDigit(peek())) {
        while (isDigit(peek())) {
          pos++;
        }
      } else {
        throw error("expected a digit");
      }
      if (peek() == '.') {
        integral = false;
        pos++;
        if (!isDigit(peek())) {
          throw error("expected a digit after '.'");
        }
        while (isDigit(peek())) {
          pos++;
        }
      }
      if (peek() == 'e' || peek() == 'E') {
        integral = false;
        pos++;
        if (peek() == '+' || peek() == '-') {
          pos++;
        }
        if (!isDigit(peek())) {
          throw error("expected a digit in the exponent");
        }
        while (isDigit(peek())) {
          pos++;
        }
      }
      String lexeme = s.substring(start, pos);
      if (!integral) {
        return new BigDecimal(lexeme);
      }
      BigInteger big = new BigInteger(lexeme);
      return big.bitLength() < 64 ? (Number) big.longValue() : big;
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    private char peek() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    private char next() {
      if (pos >= s.length()) {
        throw error("unexpected end of input");
      }
      return s.charAt(pos++);
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("expected '" + c + "'");
      }
      pos++;
    }
  }

  // ---------------------------------------------------------------------------------- writing

  /**
   * Writes a value as compact JSON.
   *
   * @param value {@code null}, String, Boolean, a finite Number, a Map with String keys or a
   *     Collection of such values
   * @return the JSON text
   * @throws IllegalArgumentException for any other type, a non-finite number or a null map key
   */
  static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(sb, value, 0);
    return sb.toString();
  }

  /**
   * Checks that a value can be written.
   *
   * @param value the value
   * @param what what the value is, for the error message
   * @throws IllegalArgumentException when {@link #write(Object)} would reject it
   */
  static void checkWritable(Object value, String what) {
    try {
      write(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + ": " + e.getMessage(), e);
    }
  }

  private static void write(StringBuilder sb, Object value, int depth) {
    if (depth > MAX_DEPTH) {
      throw new IllegalArgumentException("nesting deeper than " + MAX_DEPTH);
    }
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String) {
      quote(sb, (String) value);
    } else if (value instanceof Boolean) {
      sb.append(value);
    } else if (value instanceof Number) {
      sb.append(number((Number) value));
    } else if (value instanceof Map) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new IllegalArgumentException("object key " + e.getKey() + " is not a String");
        }
        if (!first) {
          sb.append(',');
        }
        first = false;
        quote(sb, (String) e.getKey());
        sb.append(':');
        write(sb, e.getValue(), depth + 1);
      }
      sb.append('}');
    } else if (value instanceof Collection) {
      sb.append('[');
      boolean first = true;
      for (Object element : (Collection<?>) value) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(sb, element, depth + 1);
      }
      sb.append(']');
    } else {
      throw new IllegalArgumentException(
          "cannot write a " + value.getClass().getName() + " as JSON");
    }
  }

  private static String number(Number n) {
    if (n instanceof Double || n instanceof Float) {
      double d = n.doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new IllegalArgumentException("number " + n + " is not finite");
      }
      return n.toString();
    }
    if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte
        || n instanceof BigInteger || n instanceof BigDecimal) {
      return n.toString();
    }
    throw new IllegalArgumentException("cannot write a " + n.getClass().getName() + " as JSON");
  }

  /**
   * Appends a string as a JSON string literal: quotes, backslashes and control characters are
   * escaped, and so are unpaired surrogates (which have no UTF-8 form), U+2028 and U+2029.
   *
   * @param sb where to append
   * @param s the string
   */
  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\b':
          sb.append("\\b");
          break;
        case '\f':
          sb.append("\\f");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            unicodeEscape(sb, c);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            unicodeEscape(sb, c);
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  private static void unicodeEscape(StringBuilder sb, char c) {
    sb.append("\\u");
    String hex = Integer.toHexString(c);
    for (int k = hex.length(); k < 4; k++) {
      sb.append('0');
    }
    sb.append(hex);
  }
}
