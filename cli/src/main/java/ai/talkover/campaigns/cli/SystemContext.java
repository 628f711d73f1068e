package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The real context: standard streams, the system clock, files and the API from the environment. */
final class SystemContext {

  private SystemContext() {}

  static CliContext create() {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return new CliContext(out, err, Clock.systemUTC(), new DefaultLoader(System.getenv()));
  }

  /** Reads files with the adapter's own JSON mapping, and the API with the cached, resilient client. */
  static final class DefaultLoader implements CampaignLoader {

    private final Map<String, String> env;

    DefaultLoader(Map<String, String> env) {
      this.env = env;
    }

    @Override
    public Campaign fromFile(Path file) {
      String text = InputFile.read("--campaign-file", file);
      try {
        return TalkoverHttpCampaignQuery.readCampaign(text.getBytes(StandardCharsets.UTF_8));
      } catch (InvalidCampaignResponseException e) {
        throw (InvalidCampaignException) e.getCause();
      } catch (InvalidResponseException e) {
        throw new CliUsageException("--campaign-file: " + file + " is not a Talkover campaign: "
            + e.detail());
      }
    }

    @Override
    public TalkoverCampaigns connect(Rules rules, String missingToken) {
      String token = env.get(TalkoverCampaigns.TOKEN_VARIABLE);
      if (token == null || token.isBlank()) {
        throw new CliUsageException(missingToken);
      }
      TalkoverCampaigns.Builder builder = TalkoverCampaigns.builder().doNotCallList(rules.doNotCall());
      if (rules.policies() != null) {
        builder.policies(rules.policies());
      }
      try {
        return builder.environment(env).build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new CliUsageException(EnvironmentMessages.name(e.getMessage()), e);
      }
    }
  }
}
