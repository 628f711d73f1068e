package ai.talkover.campaigns.adapter.http;

/**
 * One HTTP response as read off the wire, body capped.
 *
 * @param status the status code
 * @param contentType the {@code Content-Type} header; nullable
 * @param retryAfter the {@code Retry-After} header; nullable
 * @param location the {@code Location} header; nullable
 * @param body the body, or its first bytes when {@code tooLarge}; never {@code null}
 * @param tooLarge whether the body was longer than the cap (the rest was not read)
 * @param rateLimitRemaining the {@code X-RateLimit-Remaining} header, or -1 when absent or not a
 *     number
 * @param rateLimitReset the {@code X-RateLimit-Reset} header; nullable
 */
record RawResponse(
    int status, String contentType, String retryAfter, String location, byte[] body, boolean tooLarge,
    long rateLimitRemaining, String rateLimitReset) {

  /** A response without rate-limit headers. */
  RawResponse(int status, String contentType, String retryAfter, String location, byte[] body,
      boolean tooLarge) {
    this(status, contentType, retryAfter, location, body, tooLarge, -1, null);
  }

  /**
   * Whether the media type is JSON ({@code application/json} or {@code application/*+json}).
   *
   * @return true for JSON, false for another or a missing type
   */
  boolean isJson() {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .trim().toLowerCase(java.util.Locale.ROOT);
    return type.equals("application/json") || type.startsWith("application/") && type.endsWith("+json");
  }
}
