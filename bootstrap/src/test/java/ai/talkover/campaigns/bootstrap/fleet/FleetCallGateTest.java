package ai.talkover.campaigns.bootstrap.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.in.CallOutcome;
import ai.talkover.campaigns.application.port.in.CallOutcome.Refused.Cause;
import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.RedisServerProcess;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The call gate in fleet mode, as users wire it: several {@link TalkoverCampaigns} nodes on one real
 * Redis server process and the loopback stub server, which counts the Make Campaign Call POSTs.
 */
class FleetCallGateTest {

  private static final String TOKEN = "talq_fleet_gate_secret";
  private static final String ID = "fleet-gate";
  private static final CampaignId CAMPAIGN = CampaignId.of(ID);
  private static final Contact CONTACT = Contact.of("+12125550177");
  /** Wednesday 2024-06-05 14:00Z: 10:00 in New York, inside the campaign's 09:00-17:00. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-05T14:00:00Z"), ZoneOffset.UTC);
  private static final int NODES = 10;

  private RedisServerProcess redis;
  private TalkoverStubServer api;
  private final List<TalkoverCampaigns> nodes = new ArrayList<>();

  @BeforeEach
  void start() {
    redis = RedisServerProcess.start();
    api = TalkoverStubServer.builder().token(TOKEN).clock(CLOCK).start();
    api.addCampaign(CampaignJsonBuilder.getShape(ID).with(c -> c.retryCooldownHours(0)));
  }

  @AfterEach
  void stop() {
    nodes.forEach(TalkoverCampaigns::close);
    api.close();
    redis.close();
  }

  private TalkoverCampaigns node() {
    TalkoverCampaigns t = TalkoverCampaigns.builder().token(TOKEN).baseUrl(api.rootUrl())
        .clock(CLOCK).fleet(redis.url()).build();
    nodes.add(t);
    return t;
  }

  @Test
  void tenNodesGatingOneNumberAtOnce_sendOnePost() throws Exception {
    for (int i = 0; i < NODES; i++) {
      assertThat(node().awaitFleetConnected(Duration.ofSeconds(5))).isTrue();
    }
    ExecutorService pool = Executors.newFixedThreadPool(NODES);
    CountDownLatch ready = new CountDownLatch(NODES);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<CallOutcome>> futures = new ArrayList<>();
    try {
      for (TalkoverCampaigns n : nodes) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return n.calls().callIfEligible(CAMPAIGN, CONTACT, CallDetails.none());
        }));
      }
      ready.await();
      go.countDown();
      List<CallOutcome> outcomes = new ArrayList<>();
      for (Future<CallOutcome> f : futures) {
        outcomes.add(f.get());
      }
      assertThat(api.callRequestCount(ID)).isEqualTo(1);
      assertThat(outcomes).filteredOn(o -> o instanceof CallOutcome.Placed).hasSize(1);
      assertThat(outcomes).filteredOn(o -> !(o instanceof CallOutcome.Placed))
          .hasSize(NODES - 1)
          .allSatisfy(o -> assertThat(((CallOutcome.Refused) o).reasons())
              .contains(Reason.CALL_IN_PROGRESS));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void redisDown_refusesAsFleetUnavailable_andSendsNothing() {
    TalkoverCampaigns node = node();
    assertThat(node.awaitFleetConnected(Duration.ofSeconds(5))).isTrue();
    redis.stop();

    CallOutcome outcome = node.calls().callIfEligible(CAMPAIGN, CONTACT, CallDetails.none());

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Refused.class,
        r -> assertThat(r.cause()).isEqualTo(Cause.FLEET_UNAVAILABLE));
    assertThat(api.callRequestCount(ID)).isZero();
  }
}
