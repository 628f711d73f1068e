package ai.talkover.campaigns.adapter.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The {@code User-Agent} this library sends: {@code talkover-campaigns/<version>}. */
final class UserAgent {

  /** The product token. */
  static final String PRODUCT = "talkover-campaigns";

  private static final String VALUE = PRODUCT + "/" + version();

  private UserAgent() {}

  /**
   * The header value.
   *
   * @return for example {@code talkover-campaigns/0.2.0}
   */
  static String value() {
    return VALUE;
  }

  /**
   * The library version: from the build-filtered {@code version.properties}, else the jar manifest's
   * {@code Implementation-Version}, else {@code unknown}.
   *
   * @return the version; never {@code null}
   */
  static String version() {
    try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (isUsable(v)) {
          return v.trim();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // fall through to the manifest
    }
    String manifest = UserAgent.class.getPackage() == null
        ? null : UserAgent.class.getPackage().getImplementationVersion();
    return isUsable(manifest) ? manifest.trim() : "unknown";
  }

  private static boolean isUsable(String v) {
    return v != null && !v.isBlank() && !v.contains("${")
        && v.chars().allMatch(c -> c > 0x20 && c < 0x7F);
  }
}
