package ai.talkover.campaigns.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import ai.talkover.campaigns.application.port.out.CampaignNotFoundException;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.NetworkException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import ai.talkover.campaigns.domain.eligibility.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class EligibilityServiceTest {

  private static final CampaignId ID = CampaignId.of("cmp_42");
  /** Wednesday 2024-06-05 10:00 in Berlin. */
  private static final Instant WED_10 = OffsetDateTime.parse("2024-06-05T10:00+02:00").toInstant();
  /** Saturday 2024-06-08 10:00 in Berlin. */
  private static final Instant SAT_10 = OffsetDateTime.parse("2024-06-08T10:00+02:00").toInstant();
  private static final PhoneNumber NUMBER = PhoneNumber.parse("+15550000001");

  @Mock
  private CampaignQuery campaigns;
  @Mock
  private DoNotCallList doNotCall;

  private static Campaign.Builder berlinWeekdays() {
    return Campaign.builder()
        .id(ID.value())
        .status("active")
        .timezone("Europe/Berlin")
        .daysOfWeek(List.of(1, 2, 3, 4, 5))
        .callTimeRanges(List.of(new Campaign.TimeRangeInput("09:00", "17:00")));
  }

  private EligibilityService service(Instant now) {
    return new EligibilityService(campaigns, doNotCall, Clock.fixed(now, ZoneOffset.UTC),
        EligibilityEngine.standard());
  }

  @Test
  void decide_takesNowFromTheClock_andReadsTheCampaignOnce() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().build());

    Decision d = service(WED_10).decide(ID, Contact.of("+15550000001"));

    assertThat(d.callable()).isTrue();
    assertThat(d.nextEligibleAt()).contains(WED_10);
    verify(campaigns, times(1)).get(ID);
    verifyNoMoreInteractions(campaigns);
  }

  @Test
  void decide_clockOnASaturday_waitsForMondayMorning() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().build());

    Decision d = service(SAT_10).decide(ID, Contact.of("+15550000001"));

    assertThat(d.callable()).isFalse();
    assertThat(d.reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW);
    assertThat(d.nextEligibleAt()).contains(OffsetDateTime.parse("2024-06-10T09:00+02:00").toInstant());
  }

  @Test
  void decideAt_givenInstant_overridesTheClock() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().build());

    Decision d = service(WED_10).decide(ID, Contact.of("+15550000001"), SAT_10);

    assertThat(d.callable()).isFalse();
    assertThat(d.reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW);
    assertThat(d.nextEligibleAt()).contains(OffsetDateTime.parse("2024-06-10T09:00+02:00").toInstant());
    verify(campaigns, times(1)).get(ID);
  }

  @Test
  void planAt_givenInstant_overridesTheClock() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().build());

    List<PlannedContact> plan = service(SAT_10).plan(ID, List.of(Contact.of("+15550000001")), WED_10);

    assertThat(plan).singleElement().satisfies(p -> {
      assertThat(p.decision().callable()).isTrue();
      assertThat(p.decision().nextEligibleAt()).contains(WED_10);
    });
    verify(campaigns, times(1)).get(ID);
  }

  @Test
  void decide_isTheEngineDecisionAtTheClockInstant() {
    Campaign campaign = berlinWeekdays().busyCooldownHours(3).build();
    when(campaigns.get(ID)).thenReturn(campaign);
    Contact contact = Contact.of("+15550000001").withKnownAttempts(List.of(
        ai.talkover.campaigns.domain.contact.CallAttempt.of(WED_10.minus(Duration.ofHours(1)), "busy")));

    Decision d = service(WED_10).decide(ID, contact);

    assertThat(d).isEqualTo(EligibilityEngine.standard().decide(campaign, contact, n -> false, WED_10));
    assertThat(d.nextEligibleAt()).contains(WED_10.plus(Duration.ofHours(2)));
  }

  @Test
  void decide_doNotCallEnabled_asksTheListWithTheNormalisedNumber() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().doNotCallEnabled(true).build());
    when(doNotCall.contains(NUMBER)).thenReturn(true);

    Decision d = service(WED_10).decide(ID, Contact.of("+1 (555) 000-0001"));

    assertThat(d.callable()).isFalse();
    assertThat(d.reasons()).containsExactly(Reason.DO_NOT_CALL);
    assertThat(d.nextEligibleAt()).isEmpty();
    verify(doNotCall).contains(NUMBER);
  }

  @Test
  void decide_numberNotListed_isCallable() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().doNotCallEnabled(true).build());
    when(doNotCall.contains(NUMBER)).thenReturn(false);

    assertThat(service(WED_10).decide(ID, Contact.of("+15550000001")).callable()).isTrue();
    verify(doNotCall).contains(NUMBER);
  }

  @Test
  void decide_doNotCallDisabled_neverAsksTheList() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().doNotCallEnabled(false).build());

    assertThat(service(WED_10).decide(ID, Contact.of("+15550000001")).callable()).isTrue();
    verifyNoInteractions(doNotCall);
  }

  static Stream<CampaignQueryException> queryFailures() {
    Context ctx = new Context(404, "cmp_42", 1, "Campaign not found", null);
    return Stream.of(
        CampaignQueryException.notFound(ctx),
        CampaignQueryException.unauthorized(new Context(401, "cmp_42", 1, null, null)),
        CampaignQueryException.rateLimited(new Context(429, "cmp_42", 3, null, null), Duration.ofSeconds(5)),
        CampaignQueryException.serverError(new Context(500, "cmp_42", 3, null, null)),
        CampaignQueryException.network(Context.noResponse("cmp_42", 3), NetworkException.Kind.TIMEOUT, null),
        CampaignQueryException.unavailable(Context.noResponse("cmp_42", 0)),
        CampaignQueryException.invalidCampaign(new Context(200, "cmp_42", 1, null, null),
            new InvalidCampaignException("cmp_42",
                List.of(new InvalidCampaignException.Violation("timezone", "missing")))));
  }

  @ParameterizedTest
  @MethodSource("queryFailures")
  void decide_campaignQueryFailure_propagatesUnchanged(CampaignQueryException failure) {
    when(campaigns.get(ID)).thenThrow(failure);

    assertThatThrownBy(() -> service(WED_10).decide(ID, Contact.of("+15550000001"))).isSameAs(failure);
    verifyNoInteractions(doNotCall);
  }

  @ParameterizedTest
  @MethodSource("queryFailures")
  void plan_campaignQueryFailure_propagatesUnchanged(CampaignQueryException failure) {
    when(campaigns.get(ID)).thenThrow(failure);

    assertThatThrownBy(() -> service(WED_10).plan(ID, List.of(Contact.of("+15550000001")))).isSameAs(failure);
    verifyNoInteractions(doNotCall);
  }

  @Test
  void decide_campaignNotFound_isACampaignNotFoundException() {
    when(campaigns.get(ID)).thenThrow(CampaignQueryException.notFound(new Context(404, "cmp_42", 1, null, null)));

    assertThatThrownBy(() -> service(WED_10).decide(ID, Contact.of("+15550000001")))
        .isInstanceOf(CampaignNotFoundException.class)
        .hasMessageContaining("cmp_42");
  }

  @Test
  void decide_doNotCallListFailure_propagates_neverCallable() {
    IllegalStateException down = new IllegalStateException("do-not-call store unreachable");
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().doNotCallEnabled(true).build());
    when(doNotCall.contains(any())).thenThrow(down);

    assertThatThrownBy(() -> service(WED_10).decide(ID, Contact.of("+15550000001"))).isSameAs(down);
  }

  @Test
  void plan_doNotCallListFailure_propagates() {
    IllegalStateException down = new IllegalStateException("do-not-call store unreachable");
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().doNotCallEnabled(true).build());
    when(doNotCall.contains(any())).thenThrow(down);

    assertThatThrownBy(() -> service(WED_10).plan(ID,
        List.of(Contact.of("+15550000001"), Contact.of("+15550000002")))).isSameAs(down);
  }

  @Test
  void plan_readsTheCampaignOnce_asksTheListPerContact_andOrdersTheRows() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().doNotCallEnabled(true).busyCooldownHours(2)
        .calls(List.of(new Campaign.CallInput("c1", "+1 555 000 0003", "busy", null, "2024-06-05T09:30:00+02:00",
            null)))
        .build());
    when(doNotCall.contains(any())).thenAnswer(inv -> inv.getArgument(0, PhoneNumber.class).e164()
        .equals("+15550000002"));
    List<Contact> contacts = List.of(Contact.of("+15550000003"), Contact.of("+15550000002"),
        Contact.of("+15550000001"));

    List<PlannedContact> plan = service(WED_10).plan(ID, contacts);

    assertThat(plan).extracting(p -> p.contact().number().e164())
        .containsExactly("+15550000001", "+15550000003", "+15550000002");
    assertThat(plan.get(0).decision().nextEligibleAt()).contains(WED_10);
    assertThat(plan.get(1).decision().nextEligibleAt())
        .contains(OffsetDateTime.parse("2024-06-05T11:30+02:00").toInstant());
    assertThat(plan.get(2).decision().reasons()).containsExactly(Reason.DO_NOT_CALL);
    verify(campaigns, times(1)).get(ID);
    verify(doNotCall, times(3)).contains(any());
    verifyNoMoreInteractions(campaigns, doNotCall);
  }

  @Test
  void plan_doNotCallDisabled_neverAsksTheList() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().build());

    List<PlannedContact> plan = service(SAT_10).plan(ID, List.of(Contact.of("+15550000001")));

    assertThat(plan).singleElement().satisfies(p -> {
      assertThat(p.decision().reasons()).containsExactly(Reason.OUTSIDE_CALL_WINDOW);
      assertThat(p.decision().nextEligibleAt()).contains(OffsetDateTime.parse("2024-06-10T09:00+02:00").toInstant());
    });
    verifyNoInteractions(doNotCall);
  }

  @Test
  void plan_noContacts_stillReadsTheCampaign() {
    when(campaigns.get(ID)).thenReturn(berlinWeekdays().build());

    assertThat(service(WED_10).plan(ID, List.of())).isEmpty();
    verify(campaigns).get(ID);
  }

  @Test
  void nullArguments_areRejectedBeforeAnyPortIsUsed() {
    EligibilityService s = service(WED_10);
    assertThatThrownBy(() -> s.decide(null, Contact.of("+15550000001"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.decide(ID, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.plan(null, List.of())).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.plan(ID, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.decide(ID, Contact.of("+15550000001"), null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.plan(ID, List.of(), null)).isInstanceOf(NullPointerException.class);
    verifyNoInteractions(campaigns, doNotCall);
  }

  @Test
  void constructor_rejectsMissingCollaborators() {
    Clock clock = Clock.fixed(WED_10, ZoneOffset.UTC);
    EligibilityEngine engine = EligibilityEngine.standard();
    assertThatThrownBy(() -> new EligibilityService(null, doNotCall, clock, engine))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new EligibilityService(campaigns, null, clock, engine))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new EligibilityService(campaigns, doNotCall, null, engine))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new EligibilityService(campaigns, doNotCall, clock, null))
        .isInstanceOf(NullPointerException.class);
  }
}
