package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/** Runs the tool in-process with captured output, a fixed clock and a given loader. */
final class CliHarness {

  record Result(int exitCode, String out, String err) {}

  static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

  private final CampaignLoader loader;

  CliHarness(CampaignLoader loader) {
    this.loader = loader;
  }

  /** Every {@code --campaign-file} reads this campaign; the API is not expected. */
  static CliHarness withCampaign(Campaign campaign) {
    return new CliHarness(new CampaignLoader() {
      @Override
      public Campaign fromFile(Path file) {
        return campaign;
      }

      @Override
      public TalkoverCampaigns connect(Rules rules, String missingToken) {
        throw new AssertionError("API not expected");
      }
    });
  }

  /** The real loaders: files from disk, the API from these environment variables. */
  static CliHarness withEnvironment(Map<String, String> env) {
    return new CliHarness(new SystemContext.DefaultLoader(env));
  }

  /** The real loaders, the API at a stub server with its token. */
  static CliHarness withApi(TalkoverStubServer server, String token) {
    return withEnvironment(Map.of(TalkoverCampaigns.TOKEN_VARIABLE, token,
        TalkoverCampaigns.BASE_URL_VARIABLE, server.rootUrl()));
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(new PrintWriter(out), new PrintWriter(err),
        Clock.fixed(NOW, ZoneOffset.UTC), loader);
    int code = TalkoverCli.run(args, context);
    return new Result(code, out.toString(), err.toString());
  }
}
