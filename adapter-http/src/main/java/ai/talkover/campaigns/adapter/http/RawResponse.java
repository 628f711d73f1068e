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
 */
record RawResponse(
    int status, String contentType, String retryAfter, String location, byte[] body, boolean tooLarge) {

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
