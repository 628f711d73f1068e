package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.adapter.cache.CacheStatistics;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.resilience4j.core.IntervalFunction;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code demo}: starts the local Talkover stub server with the documented campaigns, wires the real
 * HTTP adapter, cache and resilience against it, and walks through show, plan and a fault. Needs no
 * token and no network.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run a local Talkover stub server and walk through show, plan and a fault"
        + " (the server failing, the cache serving stale). No token, no network.")
final class DemoCommand implements Callable<Integer> {

  /** The documented campaign the demo reads. */
  static final String CAMPAIGN = "campaign-uuid-1";
  /** The fixtures date from January 2024: the demo plans on a Monday morning, New York time. */
  static final Instant DEMO_NOW = Instant.parse("2024-01-08T15:30:00Z");
  private static final String TOKEN = "talq_demo_token_not_a_secret";

  @ParentCommand
  TalkoverCli root;

  @Option(names = "--at", paramLabel = "INSTANT",
      description = "The instant to plan at (ISO-8601). Default: ${DEFAULT-VALUE}, when the"
          + " documented fixtures are current.", defaultValue = "2024-01-08T15:30:00Z")
  String at;

  @Override
  public Integer call() {
    Instant now = CampaignOptions.parseInstant("--at", at);
    PrintWriter out = root.context.out();
    ManualTicker ticker = new ManualTicker();
    List<String> staleServes = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (TalkoverStubServer server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start();
         TalkoverCampaigns talkover = TalkoverCampaigns.builder()
             .token(TOKEN)
             .baseUrl(server.rootUrl())
             .backoff(IntervalFunction.ofExponentialRandomBackoff(
                 Duration.ofMillis(50), 2.0, 0.5, Duration.ofMillis(200)))
             .deadline(Duration.ofSeconds(5))
             .cacheTicker(ticker)
             .cacheExecutor(Runnable::run)
             .staleServeListener((campaignId, age, cause) -> staleServes.add("served " + campaignId
                 + " stale, " + age.toMinutes() + " min old, after: " + TalkoverCli.oneLine(cause)))
             .clock(Clock.fixed(now, ZoneOffset.UTC))
             .doNotCallList(DoNotCallList.inMemory(List.of(PhoneNumber.parse("+15550000003"))))
             .build()) {
      CampaignId id = CampaignId.of(CAMPAIGN);
      out.println("Talkover campaigns demo: a local stub server on " + server.rootUrl()
          + ", no token, no network.");
      out.println("Wiring: HTTP adapter (HttpClient 5, retry, circuit breaker) -> Caffeine cache ->"
          + " use cases.");
      out.println();

      step(out, "1. show " + CAMPAIGN + ", fetched through the HTTP adapter");
      Campaign campaign = talkover.campaigns().get(id);
      ShowCommand.print(out, campaign);
      out.println("   (requests to the server so far: " + server.requestCount(CAMPAIGN) + ")");
      out.println();

      step(out, "2. plan five contacts at " + Formats.local(now, campaign.window().zone()));
      out.println("   +1234567890 and +1987654321 have calls in the campaign; the dialer knows of a"
          + " no-answer to +15550000002 two hours ago; +15550000003 is on the caller's do-not-call"
          + " list.");
      List<Contact> contacts = List.of(
          Contact.of("+1 234 567 890"),
          Contact.of("+1 (987) 654-321"),
          Contact.of("+15550000001"),
          Contact.of("+15550000002").withKnownAttempts(
              List.of(CallAttempt.of(now.minus(Duration.ofHours(2)), "no-answer"))),
          Contact.of("+15550000003"));
      List<PlannedContact> plan = talkover.planner().plan(id, contacts);
      PlanCommand.print(out, plan, now, campaign.window().zone());
      out.println();

      step(out, "3. a fault: the server now answers 503 to every request for " + CAMPAIGN);
      server.fault(FaultSpec.forCampaign(CAMPAIGN).status(503));
      int before = server.requestCount(CAMPAIGN);
      talkover.campaigns().get(id);
      out.println("   a read now is a cache hit: " + (server.requestCount(CAMPAIGN) - before)
          + " requests sent");
      ticker.advance(Duration.ofMinutes(6));
      out.println("   6 minutes later (simulated on the cache's clock) the cached value has expired:");
      before = server.requestCount(CAMPAIGN);
      talkover.campaigns().get(id);
      out.println("   the adapter sent " + (server.requestCount(CAMPAIGN) - before)
          + " requests (retries with backoff), all failed; the cache "
          + (staleServes.isEmpty() ? "served nothing stale" : staleServes.get(staleServes.size() - 1))
          + "; dialing goes on");
      ticker.advance(Duration.ofMinutes(55));
      out.println("   61 minutes after the last good read (past the 1 h maximum staleness):");
      try {
        talkover.campaigns().get(id);
        out.println("   unexpected: the campaign was served");
      } catch (CampaignQueryException e) {
        out.println("   the failure reaches the caller: " + TalkoverCli.oneLine(e));
      }
      server.clearFaults();
      ticker.advance(Duration.ofMinutes(1));
      talkover.campaigns().get(id);
      out.println("   the server recovers: the next read loads the campaign again");
      out.println();

      step(out, "4. cache statistics");
      CacheStatistics stats = talkover.cacheStatistics();
      out.println("   hits " + stats.hits() + ", misses " + stats.misses() + ", loads " + stats.loads()
          + ", load failures " + stats.loadFailures() + ", stale serves " + stats.staleServes());
      out.println();
      out.println("Demo finished.");
    }
    return TalkoverCli.OK;
  }

  private static void step(PrintWriter out, String title) {
    out.println("== " + title);
  }

  /** The cache's clock in the demo: advanced by hand to show expiry without waiting. */
  static final class ManualTicker implements Ticker {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long read() {
      return nanos.get();
    }

    void advance(Duration d) {
      nanos.addAndGet(d.toNanos());
    }
  }
}
