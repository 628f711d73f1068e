package ai.talkover.campaigns.adapter.http;

import java.util.Locale;

/**
 * What the user gave as the base URL, and what a 404 from it means. Both spellings of the base URL
 * work: the server root ({@code https://app.talkover.ai}, or a gateway prefix) and the root plus
 * the API's version path ({@code https://app.talkover.ai/api/v1}, as the API docs and the testkit's
 * {@code baseUrl()} write it); the adapter adds {@value #API_PATH} itself. A 404 whose body is not a
 * Talkover error body means the URL points at something else, and the error says so, naming the URL
 * as the user wrote it (a base URL never holds user info, so never a token). Stateless.
 */
final class ApiBaseUrl {

  /** The path every API route starts with. */
  static final String API_PATH = "/api/v1";

  private ApiBaseUrl() {}

  /**
   * The root the request paths are appended to.
   *
   * @param url a validated absolute URL without query, fragment or trailing slash
   * @return {@code url} without a trailing {@value #API_PATH}
   */
  static String root(String url) {
    int cut = url.length() - API_PATH.length();
    if (cut > 0 && url.substring(cut).toLowerCase(Locale.ROOT).equals(API_PATH)
        && url.charAt(cut - 1) != '/') {
      return url.substring(0, cut);
    }
    return url;
  }

  /**
   * Whether an error body is one of Talkover's (it carries {@code message} or
   * {@code error.message}); an HTML page, plain text or foreign JSON is not.
   *
   * @param body what the error body says
   * @return true when the body reads as a Talkover error
   */
  static boolean isTalkoverError(ErrorBody body) {
    return body.apiMessage() != null;
  }

  /**
   * The message of a 404 that did not come from the Talkover API.
   *
   * @param baseUrl the base URL as configured (validated, trailing slashes trimmed)
   * @return one sentence naming the URL
   */
  static String notTheApi(String baseUrl) {
    return "HTTP 404 with a body that is not Talkover's JSON: the base URL '" + baseUrl
        + "' does not look like the Talkover API (expected e.g. https://app.talkover.ai or"
        + " https://app.talkover.ai" + API_PATH + ")";
  }
}
