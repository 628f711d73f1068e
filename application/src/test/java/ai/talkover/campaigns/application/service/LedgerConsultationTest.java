package ai.talkover.campaigns.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.compliance.AttemptCap;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.campaign.CallRecord;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.compliance.CompliancePolicies;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import ai.talkover.campaigns.domain.eligibility.Reason;
import ai.talkover.campaigns.application.port.out.CampaignFilter;
import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** The decision path consults the attempt ledger: the cap and "call in progress" see other nodes. */
class LedgerConsultationTest {

  private static final CampaignId ID = CampaignId.of("c-1");
  private static final PhoneNumber NUMBER = PhoneNumber.parse("+15550000001");
  private static final Instant NOW = Instant.parse("2024-06-05T12:00:00Z");

  /** A ledger in memory: what other nodes recorded. */
  static final class LedgerFake implements AttemptLedger {
    final Map<PhoneNumber, List<CallAttempt>> attempts = new ConcurrentHashMap<>();

    @Override
    public List<CallAttempt> attempts(CampaignId campaign, PhoneNumber number) {
      return attempts.getOrDefault(number, List.of());
    }

    @Override
    public Reservation tryReserve(CampaignId campaign, PhoneNumber number, AttemptCap cap,
        Duration ttl, Instant now, Collection<CallRecord> listed) {
      throw new UnsupportedOperationException("not used by decisions");
    }

    @Override
    public void release(Reservation reservation, CallStatus outcome, String callId) {
      throw new UnsupportedOperationException("not used by decisions");
    }
  }

  private final LedgerFake ledger = new LedgerFake();

  private static Campaign campaign(String... callTimes) {
    List<Campaign.CallInput> calls = new ArrayList<>();
    for (String t : callTimes) {
      calls.add(new Campaign.CallInput(null, NUMBER.e164(), "no_answer", 0, t, null));
    }
    return Campaign.builder().id(ID.value()).status("active").timezone("UTC")
        .daysOfWeek(List.of(1, 2, 3, 4, 5, 6, 7))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("00:00", "23:59")))
        .maxRetries(10)
        .calls(calls)
        .build();
  }

  private EligibilityService service(Campaign c) {
    EligibilityEngine engine = EligibilityEngine.withPolicies(
        CompliancePolicies.builder().attemptCap(3, Duration.ofHours(24)).build(),
        number -> Set.of(ZoneOffset.UTC));
    CampaignQuery one = new CampaignQuery() {
      @Override
      public Campaign get(CampaignId id) {
        return c;
      }

      @Override
      public CampaignPage list(CampaignFilter filter) {
        throw new UnsupportedOperationException("not used");
      }
    };
    return new EligibilityService(one, DoNotCallList.empty(),
        Clock.fixed(NOW, ZoneOffset.UTC), engine, ledger);
  }

  @Test
  void anAttemptAnotherNodePlaced_afterCalls_countsTowardsTheCap() {
    Campaign c = campaign("2024-06-05T08:00:00Z", "2024-06-05T09:00:00Z");
    assertThat(service(c).decide(ID, Contact.of(NUMBER)).reasons()).doesNotContain(Reason.ATTEMPT_CAP);

    ledger.attempts.put(NUMBER, List.of(CallAttempt.of(Instant.parse("2024-06-05T11:00:00Z"), "busy")));

    Decision d = service(c).decide(ID, Contact.of(NUMBER));
    assertThat(d.callable()).isFalse();
    assertThat(d.reasons()).contains(Reason.ATTEMPT_CAP);
  }

  @Test
  void aLedgerAttemptThatCallsAlreadyShows_countsOnce() {
    Campaign c = campaign("2024-06-05T08:00:00Z", "2024-06-05T09:00:30Z");
    ledger.attempts.put(NUMBER, List.of(CallAttempt.of(Instant.parse("2024-06-05T09:00:00Z"), "busy")));

    assertThat(service(c).decide(ID, Contact.of(NUMBER)).reasons()).doesNotContain(Reason.ATTEMPT_CAP);
  }

  @Test
  void aReservedCallOnAnotherNode_isACallInProgress_inDecisionsAndPlans() {
    Campaign c = campaign();
    ledger.attempts.put(NUMBER, List.of(CallAttempt.of(NOW.minusSeconds(20), AttemptLedger.IN_PROGRESS.value())));

    assertThat(service(c).decide(ID, Contact.of(NUMBER)).reasons()).contains(Reason.CALL_IN_PROGRESS);
    List<PlannedContact> plan = service(c).plan(ID, List.of(Contact.of(NUMBER),
        Contact.of("+15550000002")));
    assertThat(plan).extracting(p -> p.contact().number().e164() + ":" + p.decision().callable())
        .containsExactly("+15550000002:true", "+15550000001:false");
  }
}
