package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;

/**
 * Says a client setting's problem in the user's terms: the library names its settings as its builder
 * does ({@code token: …}, {@code baseUrl: …}); a command-line user set an environment variable.
 */
final class EnvironmentMessages {

  private EnvironmentMessages() {}

  /**
   * @param message the library's message, starting with the setting's name
   * @return the message naming the environment variable instead
   */
  static String name(String message) {
    String text = message == null ? "invalid client setting" : message;
    if (text.startsWith("token:")) {
      return TalkoverCampaigns.TOKEN_VARIABLE + ":" + text.substring("token:".length());
    }
    if (text.startsWith("baseUrl:")) {
      return TalkoverCampaigns.BASE_URL_VARIABLE + ":" + text.substring("baseUrl:".length());
    }
    return "Talkover client settings (" + TalkoverCampaigns.TOKEN_VARIABLE + ", "
        + TalkoverCampaigns.BASE_URL_VARIABLE + "): " + text;
  }
}
