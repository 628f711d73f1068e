package ai.talkover.campaigns.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The tool's logging set-up, done in {@code main} before anything logs (slf4j-simple reads its
 * settings once, from system properties):
 *
 * <ul>
 *   <li>only errors are logged (to stderr) unless the user sets
 *       {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=warn|info|debug};
 *   <li>{@code --debug} turns on the library's own debug log ({@code ai.talkover});
 *   <li>HttpClient's {@code org.apache.hc.client5.http.headers} and {@code …wire} loggers are always
 *       off, whatever the user sets: they print request headers and bytes, the Authorization header
 *       with the token among them;
 *   <li>as a last guard, the token's text is masked in everything the process prints on stdout and
 *       stderr ({@link TokenMaskingOutputStream}).
 * </ul>
 */
final class CliLogging {

  static final String DEFAULT_LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";
  static final String LOGGER_PREFIX = "org.slf4j.simpleLogger.log.";
  static final String HEADERS_LOGGER = "org.apache.hc.client5.http.headers";
  static final String WIRE_LOGGER = "org.apache.hc.client5.http.wire";
  static final String LIBRARY_LOGGER = "ai.talkover";

  private CliLogging() {}

  /**
   * Sets the logging properties and masks the token on the standard streams.
   *
   * @param args the command line ({@code --debug} is looked for)
   * @param token the API token of the environment; nullable
   */
  static void configure(String[] args, String token) {
    if (System.getProperty(DEFAULT_LEVEL) == null) {
      System.setProperty(DEFAULT_LEVEL, "error");
    }
    System.setProperty(LOGGER_PREFIX + HEADERS_LOGGER, "off");
    System.setProperty(LOGGER_PREFIX + WIRE_LOGGER, "off");
    if (Arrays.asList(args).contains("--debug")) {
      System.setProperty(LOGGER_PREFIX + LIBRARY_LOGGER, "debug");
    }
    if (token != null && !token.isBlank()) {
      System.setOut(mask(System.out, token.trim()));
      System.setErr(mask(System.err, token.trim()));
    }
  }

  private static PrintStream mask(PrintStream stream, String token) {
    return new PrintStream(new TokenMaskingOutputStream(stream, token.getBytes(StandardCharsets.UTF_8)),
        true, StandardCharsets.UTF_8);
  }
}
