package ai.talkover.campaigns.testkit;

import com.github.tomakehurst.wiremock.common.Notifier;

/** Drops WireMock's per-request info messages; keeps real errors visible on stderr. */
final class QuietNotifier implements Notifier {
  @Override
  public void info(String message) {
    // silenced: WireMock reports every request here
  }

  @Override
  public void error(String message) {
    System.err.println("[talkover-stub] " + message);
  }

  @Override
  public void error(String message, Throwable t) {
    System.err.println("[talkover-stub] " + message + ": " + t);
  }
}
