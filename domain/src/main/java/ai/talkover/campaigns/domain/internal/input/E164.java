package ai.talkover.campaigns.domain.internal.input;

/**
 * The E.164 shape of the rules' input: how a number as written is normalised and checked. Internal
 * to the domain; {@link ai.talkover.campaigns.domain.contact.PhoneNumber} is its public face.
 * Stateless and thread-safe.
 */
public final class E164 {

  /** {@code 10^i}. */
  private static final long[] POW10 = new long[16];

  static {
    POW10[0] = 1;
    for (int i = 1; i < POW10.length; i++) {
      POW10[i] = POW10[i - 1] * 10;
    }
  }

  private E164() {}

  /**
   * The sort key of a normalised number, ordered like {@link String#compareTo} on the numbers: its
   * digits padded on the right with zeros to 15, times 16, plus the count of digits. Two numbers have
   * equal keys exactly when they are equal ({@code +1555000001} and {@code +15550000010} differ by the
   * count); a key is positive.
   *
   * @param e164 a normalised number: {@code +} then 7 to 15 digits
   * @return the key
   */
  public static long sortKey(String e164) {
    int length = e164.length();
    int digits = length - 1;
    // Two digits a step: half the chain of dependent multiplications.
    long value = 0;
    int i = 1;
    if ((digits & 1) != 0) {
      value = e164.charAt(1) - '0';
      i = 2;
    }
    for (; i < length; i += 2) {
      value = value * 100 + ((e164.charAt(i) - '0') * 10 + (e164.charAt(i + 1) - '0'));
    }
    return (value * POW10[15 - digits]) << 4 | digits;
  }

  /**
   * Normalises {@code raw} to E.164, or answers {@code null} when it is not a valid number.
   *
   * @param raw the number as written; not {@code null}
   * @return the normalised string, or {@code null}
   */
  public static String normalise(String raw) {
    StringBuilder out = null;
    int length = raw.length();
    for (int i = 0; i < length; i++) {
      char c = raw.charAt(i);
      if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')') {
        if (out == null) {
          out = new StringBuilder(length);
          out.append(raw, 0, i);
        }
      } else if (out != null) {
        out.append(c);
      }
    }
    String candidate = out == null ? raw : out.toString();
    return isNormalised(candidate) ? candidate : null;
  }

  /**
   * Whether a text is already a normalised number: {@code +} then 7 to 15 digits, the first not
   * {@code 0}.
   *
   * @param s the text; not {@code null}
   * @return true when it is
   */
  public static boolean isNormalised(String s) {
    int digits = s.length() - 1;
    if (digits < 7 || digits > 15 || s.charAt(0) != '+' || s.charAt(1) == '0') {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
