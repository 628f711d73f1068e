package ai.talkover.campaigns.domain.internal.input;

/**
 * The E.164 shape of the rules' input: how a number as written is normalised and checked. Internal
 * to the domain; {@link ai.talkover.campaigns.domain.contact.PhoneNumber} is its public face.
 * Stateless and thread-safe.
 */
public final class E164 {

  private E164() {}

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
