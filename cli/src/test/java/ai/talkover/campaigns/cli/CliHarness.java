package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.domain.campaign.Campaign;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;

/** Runs the tool in-process with captured output, a fixed clock and a given loader. */
final class CliHarness {

  record Result(int exitCode, String out, String err) {}

  static final Instant NOW = Instant.parse("2025-03-10T12:00:00Z");

  private final CampaignLoader loader;

  CliHarness(CampaignLoader loader) {
    this.loader = loader;
  }

  static CliHarness withCampaign(Campaign campaign) {
    return new CliHarness(new CampaignLoader() {
      @Override
      public Campaign fromFile(Path file) {
        return campaign;
      }

      @Override
      public Campaign fromApi(String id) {
        return campaign;
      }
    });
  }

  static CliHarness withApi(Function<String, Campaign> api) {
    return new CliHarness(new CampaignLoader() {
      @Override
      public Campaign fromFile(Path file) {
        throw new AssertionError("file not expected");
      }

      @Override
      public Campaign fromApi(String id) {
        return api.apply(id);
      }
    });
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
