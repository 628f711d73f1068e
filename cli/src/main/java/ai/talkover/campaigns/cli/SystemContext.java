package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.adapter.http.CampaignJson;
import ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException;
import ai.talkover.campaigns.application.port.out.InvalidResponseException;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
      try (InputStream in = Files.newInputStream(file)) {
        return CampaignJson.read(in);
      } catch (NoSuchFileException e) {
        throw new CliUsageException("--campaign-file: file not found: " + file);
      } catch (IOException e) {
        throw new CliUsageException("--campaign-file: cannot read " + file + ": " + e.getMessage());
      } catch (InvalidCampaignResponseException e) {
        throw (InvalidCampaignException) e.getCause();
      } catch (InvalidResponseException e) {
        throw new CliUsageException("--campaign-file: " + file + " is not a Talkover campaign: "
            + e.detail());
      }
    }

    @Override
    public Campaign fromApi(String id) {
      CampaignId campaignId;
      try {
        campaignId = CampaignId.of(id);
      } catch (IllegalArgumentException e) {
        throw new CliUsageException("--campaign-id: '" + id + "' is blank");
      }
      String token = env.get(TalkoverCampaigns.TOKEN_VARIABLE);
      if (token == null || token.isBlank()) {
        throw new CliUsageException("--campaign-id: set " + TalkoverCampaigns.TOKEN_VARIABLE
            + " to fetch a campaign from the API (or use --campaign-file)");
      }
      TalkoverCampaigns talkover;
      try {
        talkover = TalkoverCampaigns.builder().environment(env).build();
      } catch (IllegalArgumentException e) {
        throw new CliUsageException(TalkoverCampaigns.BASE_URL_VARIABLE + ": " + e.getMessage(), e);
      }
      try (talkover) {
        return talkover.campaigns().get(campaignId);
      }
    }
  }
}
