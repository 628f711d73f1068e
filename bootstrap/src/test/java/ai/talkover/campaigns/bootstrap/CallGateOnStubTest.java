package ai.talkover.campaigns.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.in.CallOutcome;
import ai.talkover.campaigns.application.port.in.CallOutcome.Refused.Cause;
import ai.talkover.campaigns.application.port.out.CallDetails;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.application.port.out.InvalidRequestException;
import ai.talkover.campaigns.application.port.out.UnauthorizedException;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.compliance.BlackoutZone;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.compliance.RecipientHours;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.testkit.CampaignJsonBuilder;
import ai.talkover.campaigns.testkit.FaultSpec;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The call gate wired as users wire it (real HTTP adapter, cache, stub server on loopback): each test
 * counts the Make Campaign Call POSTs the stub received.
 */
class CallGateOnStubTest {

  private static final String TOKEN = "talq_gate_test_secret";
  private static final String ID = "gate";
  private static final CampaignId CAMPAIGN = CampaignId.of(ID);
  /** A New York number (area code 212). */
  private static final String TO = "+12125550100";
  private static final Contact CONTACT = Contact.of(TO);
  /** Wednesday 2024-06-05 14:00Z: 10:00 in New York, inside the campaign's 09:00-17:00. */
  private static final Instant WED_10_NY = Instant.parse("2024-06-05T14:00:00Z");

  private TalkoverStubServer server;
  private TalkoverCampaigns talkover;

  @AfterEach
  void stop() {
    if (talkover != null) {
      talkover.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static CampaignJsonBuilder campaign() {
    return CampaignJsonBuilder.getShape(ID).with(c -> c.retryCooldownHours(0));
  }

  private TalkoverCampaigns start(CampaignJsonBuilder campaign, Instant now,
      UnaryOperator<TalkoverCampaigns.Builder> custom) {
    Clock clock = Clock.fixed(now, ZoneOffset.UTC);
    server = TalkoverStubServer.builder().token(TOKEN).clock(clock).start();
    server.addCampaign(campaign);
    talkover = custom.apply(TalkoverCampaigns.builder().token(TOKEN).baseUrl(server.rootUrl())
        .clock(clock)).build();
    return talkover;
  }

  private TalkoverCampaigns start(CampaignJsonBuilder campaign) {
    return start(campaign, WED_10_NY, b -> b);
  }

  private CallOutcome gate() {
    return talkover.calls().callIfEligible(CAMPAIGN, CONTACT, CallDetails.none());
  }

  private int posts() {
    return server.callRequestCount(ID);
  }

  private void assertRefused(CallOutcome outcome, Reason reason) {
    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Refused.class, r -> {
      assertThat(r.cause()).isEqualTo(Cause.RULES);
      assertThat(r.reasons()).contains(reason);
    });
    assertThat(posts()).isZero();
  }

  // ----------------------------------------------------------------------- refused: 0 POSTs

  @Test
  void closedWindow_noPost() {
    start(campaign(), Instant.parse("2024-06-08T14:00:00Z"), b -> b);   // a Saturday

    CallOutcome outcome = gate();

    assertRefused(outcome, Reason.OUTSIDE_CALL_WINDOW);
    assertThat(((CallOutcome.Refused) outcome).nextEligibleAt())
        .contains(Instant.parse("2024-06-10T13:00:00Z"));
  }

  @Test
  void doNotCallList_noPost() {
    start(campaign().with(c -> c.doNotCallEnabled(true).doNotCallListSource("environment")), WED_10_NY,
        b -> b.doNotCallList(DoNotCallList.inMemory(Set.of(PhoneNumber.parse(TO)))));

    assertRefused(gate(), Reason.DO_NOT_CALL);
  }

  @Test
  void customDoNotCallList_noPost() {
    start(campaign().with(c -> c.doNotCallEnabled(true).doNotCallListSource("custom")
        .doNotCallCustomList(List.of(TO))));

    assertRefused(gate(), Reason.DO_NOT_CALL);
  }

  @Test
  void autoAddedToDoNotCall_noPost() {
    start(campaign().with(c -> c.doNotCallEnabled(true).autoAddToDncEnabled(true)
        .autoDncTriggerStatuses(List.of("voicemail"))).addCall(TO, "voicemail", 0, "2024-06-01T14:00:00Z"));

    assertRefused(gate(), Reason.DO_NOT_CALL);
  }

  @Test
  void cooldown_noPost() {
    start(campaign().with(c -> c.noAnswerCooldownHours(4))
        .addCall(TO, "no-answer", 0, "2024-06-05T13:00:00Z"));

    assertRefused(gate(), Reason.COOLDOWN);
  }

  @Test
  void maxRetries_noPost() {
    start(campaign().with(c -> c.maxRetries(1)).addCall(TO, "no-answer", 0, "2024-06-01T14:00:00Z")
        .addCall(TO, "busy", 1, "2024-06-02T14:00:00Z"));

    assertRefused(gate(), Reason.MAX_RETRIES_REACHED);
  }

  @Test
  void recipientQuietHours_noPost() {
    // 11:00Z: 13:00 in Berlin (the campaign's window) but 07:00 in New York (before TCPA's 08:00).
    start(campaign().with(c -> c.timezone("Europe/Berlin")), Instant.parse("2024-06-05T11:00:00Z"),
        b -> b.policies(CompliancePolicies.builder().recipientHours(RecipientHours.TCPA).build()));

    assertRefused(gate(), Reason.RECIPIENT_QUIET_HOURS);
  }

  @Test
  void blackoutDate_noPost() {
    start(campaign(), WED_10_NY, b -> b.policies(CompliancePolicies.builder()
        .blackoutDates(List.of(LocalDate.parse("2024-06-05")), BlackoutZone.CAMPAIGN).build()));

    assertRefused(gate(), Reason.BLACKOUT_DATE);
  }

  @Test
  void attemptCap_noPost() {
    start(campaign().addCall(TO, "no-answer", 0, "2024-06-05T12:00:00Z"), WED_10_NY,
        b -> b.policies(CompliancePolicies.builder().attemptCap(1, Duration.ofHours(24)).build()));

    assertRefused(gate(), Reason.ATTEMPT_CAP);
  }

  @Test
  void inactiveCampaign_noPost() {
    start(campaign().with(c -> c.status("paused")));

    assertRefused(gate(), Reason.CAMPAIGN_NOT_ACTIVE);
  }

  // --------------------------------------------------------------------------- one attempt

  @Test
  void eligible_exactlyOnePost_placed_andTheCallIsListed() {
    start(campaign());

    CallOutcome outcome = gate();

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Placed.class, p -> {
      assertThat(p.call().to()).isEqualTo(TO);
      assertThat(p.scheduleWarning()).isEmpty();
    });
    assertThat(posts()).isEqualTo(1);
    assertThat(server.callRequestBodies(ID).get(0)).contains("\"allow_duplicates\":false");
    assertThat(talkover.campaigns().get(CAMPAIGN).calls()).singleElement()
        .satisfies(c -> assertThat(c.id()).isEqualTo(((CallOutcome.Placed) outcome).call().id()));
  }

  @Test
  void placedCall_aSecondGateCall_isRefusedWithoutAPost() {
    start(campaign());
    gate();

    assertThat(gate()).isInstanceOfSatisfying(CallOutcome.Refused.class,
        r -> assertThat(r.reasons()).contains(Reason.CALL_IN_PROGRESS));
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void conflict409_onePost_duplicateWithTheExistingCall() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).response(409, "application/json",
        "{\"success\":false,\"message\":\"A call to this number already exists in this campaign\","
            + "\"existing_call\":{\"id\":\"call-uuid-existing\",\"campaign_id\":\"gate\",\"to\":\""
            + TO + "\",\"status\":\"queued\",\"created_at\":\"2024-06-05T13:50:00Z\"}}"));

    CallOutcome outcome = gate();

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Duplicate.class,
        d -> assertThat(d.existing()).hasValueSatisfying(
            c -> assertThat(c.id()).isEqualTo("call-uuid-existing")));
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void rateLimitedThenCreated_twoPosts_placed() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).statuses(429).retryAfter("0"));

    assertThat(gate()).isInstanceOf(CallOutcome.Placed.class);
    assertThat(posts()).isEqualTo(2);
  }

  @Test
  void serverErrorWithTheCallAbsent_onePost_outcomeUnknown_andHeld() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).status(500));

    CallOutcome outcome = gate();

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.OutcomeUnknown.class,
        u -> assertThat(u.holdUntil()).isEqualTo(WED_10_NY.plus(Duration.ofMinutes(15))));
    assertThat(posts()).isEqualTo(1);
    server.clearFaults();
    assertThat(gate()).isInstanceOfSatisfying(CallOutcome.Refused.class,
        r -> assertThat(r.reasons()).contains(Reason.CALL_IN_PROGRESS));
    assertThat(posts()).as("nothing dials the number again blind").isEqualTo(1);
  }

  @Test
  void serverErrorWithTheCallPresent_onePost_placed() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).status(500).processed());

    CallOutcome outcome = gate();

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Placed.class,
        p -> assertThat(p.call().id()).startsWith("stub-call-"));
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void resetAfterTheRequestWasRead_onePost() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).connectionReset().processed());

    assertThat(gate()).isInstanceOf(CallOutcome.Placed.class);
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void resetWithNothingQueued_onePost_outcomeUnknown() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).connectionReset());

    assertThat(gate()).isInstanceOf(CallOutcome.OutcomeUnknown.class);
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void answerSlowerThanTheDeadline_onePost() {
    start(campaign(), WED_10_NY, b -> b.deadline(Duration.ofMillis(400)));
    server.fault(FaultSpec.forCall(ID).delay(Duration.ofSeconds(3)));

    CallOutcome outcome = gate();

    assertThat(outcome).as("the stub queued the call before its slow answer: found on re-read")
        .isInstanceOf(CallOutcome.Placed.class);
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void fiftyThreadsOnOneNumber_onePost() throws Exception {
    start(campaign());
    int threads = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch ready = new CountDownLatch(threads);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<CallOutcome>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        outcomes.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return gate();
        }));
      }
      ready.await();
      go.countDown();
      List<CallOutcome> got = new ArrayList<>();
      for (Future<CallOutcome> f : outcomes) {
        got.add(f.get());
      }
      assertThat(got).filteredOn(o -> o instanceof CallOutcome.Placed).hasSize(1);
      assertThat(got).filteredOn(o -> o instanceof CallOutcome.Refused).hasSize(threads - 1)
          .allSatisfy(o -> assertThat(((CallOutcome.Refused) o).reasons()).contains(Reason.CALL_IN_PROGRESS));
      assertThat(posts()).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void scheduledOutsideTheRecipientsHours_placedWithAWarning() {
    // The API schedules by the campaign's zone only: the campaign is in Berlin, the number in New
    // York; Thursday 07:30Z is 09:30 in Berlin (in the window) but 03:30 in New York.
    start(campaign().with(c -> c.timezone("Europe/Berlin")), Instant.parse("2024-06-05T13:00:00Z"),
        b -> b.policies(CompliancePolicies.builder().recipientHours(RecipientHours.TCPA).build()));
    server.scheduleCallsAt(Instant.parse("2024-06-06T07:30:00Z"));

    CallOutcome outcome = gate();

    assertThat(outcome).isInstanceOfSatisfying(CallOutcome.Placed.class, p -> {
      assertThat(p.scheduleWarning()).hasValueSatisfying(w -> {
        assertThat(w.scheduledAt()).isEqualTo(Instant.parse("2024-06-06T07:30:00Z"));
        assertThat(w.reasons()).containsExactly(Reason.RECIPIENT_QUIET_HOURS);
        assertThat(w.nextAllowedAt()).isEqualTo(Instant.parse("2024-06-06T12:00:00Z"));
      });
    });
    assertThat(posts()).isEqualTo(1);
  }

  // ------------------------------------------------------------------------ typed failures

  @Test
  void serverSaysNotActive_onePost_refusedAsNotActive() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).response(400, "application/json",
        "{\"success\":false,\"message\":\"Campaign is not active\"}"));

    assertThat(gate()).isInstanceOfSatisfying(CallOutcome.Refused.class, r -> {
      assertThat(r.cause()).isEqualTo(Cause.CAMPAIGN_NOT_ACTIVE);
      assertThat(r.reasons()).containsExactly(Reason.CAMPAIGN_NOT_ACTIVE);
    });
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void validation422_isThrownNamingTheField() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).response(422, "application/json",
        "{\"success\":false,\"message\":\"The given data was invalid.\","
            + "\"errors\":{\"to\":[\"The to must be a valid phone number.\"]}}"));

    assertThatThrownBy(this::gate).isInstanceOfSatisfying(InvalidRequestException.class,
        e -> assertThat(e.fieldErrors()).containsKey("to"));
    assertThat(posts()).isEqualTo(1);
  }

  @Test
  void forbidden403_isThrownAsForReads_andNothingIsHeld() {
    start(campaign());
    server.fault(FaultSpec.forCall(ID).statuses(403));

    assertThatThrownBy(this::gate).isInstanceOf(UnauthorizedException.class);
    assertThat(gate()).as("a certain failure does not hold the number")
        .isInstanceOf(CallOutcome.Placed.class);
    assertThat(posts()).isEqualTo(2);
  }
}
