package ai.talkover.campaigns.testkit;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which Talkover endpoint a raw request URL addresses.
 *
 * <p>{@code /api/v1/campaigns} is List Campaigns; {@code /api/v1/campaigns/<segment>} is Get Campaign
 * for the percent-decoded segment (a {@code +} in a path stays a {@code +}; {@code %2F} decodes to a
 * slash inside the id); {@code /api/v1/campaigns/<segment>/call} is Make Campaign Call and
 * {@code /api/v1/campaigns/<segment>/status} Update Campaign Status. Anything else (other segments,
 * an empty or undecodable segment) is no route. Immutable.
 *
 * @param kind the endpoint
 * @param campaignId the decoded id for {@link Kind#GET}, {@link Kind#CALL} and {@link Kind#STATUS};
 *     null otherwise
 */
record Route(Kind kind, String campaignId) {

  static final String LIST_PATH = "/api/v1/campaigns";
  private static final String GET_PREFIX = LIST_PATH + "/";
  private static final Route LIST = new Route(Kind.LIST, null);
  private static final Route NONE = new Route(Kind.NONE, null);

  /** The endpoints the stub knows. */
  enum Kind {
    /** List Campaigns. */
    LIST,
    /** Get Campaign. */
    GET,
    /** Make Campaign Call. */
    CALL,
    /** Update Campaign Status. */
    STATUS,
    /** Not a route of the stub. */
    NONE
  }

  /**
   * Classifies a URL.
   *
   * @param rawUrl the path and query as received, still percent-encoded
   * @return the route
   */
  static Route of(String rawUrl) {
    String path = rawUrl;
    int q = path.indexOf('?');
    if (q >= 0) {
      path = path.substring(0, q);
    }
    if (path.equals(LIST_PATH)) {
      return LIST;
    }
    if (!path.startsWith(GET_PREFIX)) {
      return NONE;
    }
    String rest = path.substring(GET_PREFIX.length());
    Kind kind = Kind.GET;
    int slash = rest.indexOf('/');
    if (slash >= 0) {
      String tail = rest.substring(slash + 1);
      if (tail.equals("call")) {
        kind = Kind.CALL;
      } else if (tail.equals("status")) {
        kind = Kind.STATUS;
      } else {
        return NONE;
      }
      rest = rest.substring(0, slash);
    }
    if (rest.isEmpty()) {
      return NONE;
    }
    String id = decodeSegment(rest);
    if (id == null || id.isBlank()) {
      return NONE;
    }
    return new Route(kind, id);
  }

  /**
   * Whether this is a route of a kind for an id.
   *
   * @param k the kind
   * @param id the decoded id
   * @return true when it is
   */
  boolean is(Kind k, String id) {
    return kind == k && campaignId.equals(id);
  }

  /**
   * Whether this is the Get route of an id.
   *
   * @param id the decoded id
   * @return true when it is
   */
  boolean isGetOf(String id) {
    return kind == Kind.GET && campaignId.equals(id);
  }

  /**
   * Percent-decodes one path segment as UTF-8.
   *
   * @param segment the raw segment
   * @return the decoded text, or null when an escape is malformed or the bytes are not UTF-8
   */
  static String decodeSegment(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(segment.length());
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          return null;
        }
        int hi = Character.digit(segment.charAt(i + 1), 16);
        int lo = Character.digit(segment.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        bytes.write(hi * 16 + lo);
        i += 2;
      } else {
        int cp = segment.codePointAt(i);
        byte[] utf8 = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
        bytes.write(utf8, 0, utf8.length);
        i += Character.charCount(cp) - 1;
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
