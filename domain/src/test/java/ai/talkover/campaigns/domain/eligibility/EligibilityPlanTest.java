package ai.talkover.campaigns.domain.eligibility;

import static ai.talkover.campaigns.domain.Fixtures.WED_10_BERLIN;
import static ai.talkover.campaigns.domain.Fixtures.attempt;
import static ai.talkover.campaigns.domain.Fixtures.berlinWeekdays;
import static ai.talkover.campaigns.domain.Fixtures.call;
import static ai.talkover.campaigns.domain.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.domain.Fixtures;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.CallStatus;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityPlanTest {

  private static final EligibilityEngine ENGINE = EligibilityEngine.standard();

  private static List<String> numbers(List<PlannedContact> plan) {
    return plan.stream().map(p -> p.contact().number().e164()).toList();
  }

  @Test
  void plan_ordersByNextEligibleInstant_thenNumber_withNoInstantLast() {
    Campaign campaign = berlinWeekdays().doNotCallEnabled(true).doNotCallCustomList(List.of("+15550000004"))
        .maxRetries(0).busyCooldownHours(2).noAnswerCooldownHours(1).build();
    List<Contact> contacts = List.of(
        Contact.of("+15550000004"),                                                     // DNC: none
        Contact.of("+15550000003"),                                                     // now
        Contact.of("+15550000009").withKnownAttempts(List.of(
            CallAttempt.of(t("2024-06-05T09:30+02:00"), CallStatus.of("busy"), null, 0))), // 11:30, max retries
        Contact.of("+15550000002"),                                                     // now
        Contact.of("+15550000000").withEnqueuedAt(t("2024-06-05T09:50+02:00")),         // now (no delay)
        Contact.of("+15550000007").withEnqueuedAt(t("2024-06-05T10:20+02:00")),         // 10:20
        Contact.of("+15550000001").withEnqueuedAt(t("2024-06-05T10:50+02:00")));        // 10:50

    List<PlannedContact> plan = ENGINE.plan(campaign, contacts, DoNotCallList.empty(), WED_10_BERLIN);

    assertThat(numbers(plan)).containsExactly(
        "+15550000000", "+15550000002", "+15550000003", "+15550000007", "+15550000001",
        "+15550000004", "+15550000009");
    assertThat(plan.get(0).decision().nextEligibleAt()).contains(WED_10_BERLIN);
    assertThat(plan.get(3).decision().nextEligibleAt()).contains(t("2024-06-05T10:20+02:00"));
    assertThat(plan.get(4).decision().nextEligibleAt()).contains(t("2024-06-05T10:50+02:00"));
    assertThat(plan.get(5).decision().reasons()).containsExactly(Reason.DO_NOT_CALL);
    assertThat(plan.get(6).decision().reasons()).containsExactly(Reason.MAX_RETRIES_REACHED, Reason.COOLDOWN);
    assertThat(plan).isSortedAccordingTo(EligibilityEngine.planOrder());
  }

  @Test
  void plan_eachRowIsTheDecisionForThatContact() {
    Campaign campaign = berlinWeekdays().busyCooldownHours(2)
        .calls(List.of(call("+1 555 000 0005", "busy", "2024-06-05T09:00:00+02:00"))).build();
    List<Contact> contacts = List.of(Contact.of("+15550000005"), Contact.of("+15550000006"));

    for (PlannedContact row : ENGINE.plan(campaign, contacts, DoNotCallList.empty(), WED_10_BERLIN)) {
      assertThat(row.decision()).isEqualTo(ENGINE.decide(campaign, row.contact(), DoNotCallList.empty(), WED_10_BERLIN));
    }
  }

  @Test
  void plan_duplicateContacts_areKeptEachWithItsDecision() {
    Campaign campaign = berlinWeekdays().build();
    Contact a = Contact.of("+15550000001");
    Contact sameWrittenDifferently = Contact.of("+1 (555) 000-0001");

    List<PlannedContact> plan = ENGINE.plan(campaign, List.of(a, sameWrittenDifferently, a),
        DoNotCallList.empty(), WED_10_BERLIN);

    assertThat(plan).hasSize(3);
    assertThat(numbers(plan)).containsOnly("+15550000001");
    assertThat(plan).allSatisfy(p -> assertThat(p.decision().callable()).isTrue());
  }

  @Test
  void plan_emptyList_isEmpty_andPlansAreUnmodifiable() {
    Campaign campaign = berlinWeekdays().build();
    assertThat(ENGINE.plan(campaign, List.of(), DoNotCallList.empty(), WED_10_BERLIN)).isEmpty();
    List<PlannedContact> plan = ENGINE.plan(campaign, List.of(Contact.of("+15550000001")),
        DoNotCallList.empty(), WED_10_BERLIN);
    assertThatThrownBy(() -> plan.add(plan.get(0))).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void plan_rowsKeepTheirInstantsToTheNano_andReadEqualEveryTime() {
    Campaign campaign = berlinWeekdays().busyCooldownHours(2).calls(List.of(
        call("+15550000001", "busy", "2024-06-05T09:30:00.123456789+02:00"),
        call("+15550000002", "initiated", "2024-06-05T09:59:00+02:00"))).build();
    List<Contact> contacts = List.of(Contact.of("+15550000002"), Contact.of("+15550000001"),
        Contact.of("+15550000003"));

    List<PlannedContact> plan = ENGINE.plan(campaign, contacts, DoNotCallList.empty(), WED_10_BERLIN);

    assertThat(numbers(plan)).containsExactly("+15550000003", "+15550000001", "+15550000002");
    assertThat(plan.get(0).decision().nextEligibleAt()).contains(WED_10_BERLIN);
    assertThat(plan.get(0).decision().callable()).isTrue();
    assertThat(plan.get(1).decision().nextEligibleAt()).contains(t("2024-06-05T11:30:00.123456789+02:00"));
    assertThat(plan.get(1).decision().reasons()).containsExactly(Reason.COOLDOWN);
    assertThat(plan.get(2).decision().nextEligibleAt()).isEmpty();
    assertThat(plan.get(2).decision().reasons()).contains(Reason.CALL_IN_PROGRESS);
    assertThat(plan.get(1)).isEqualTo(plan.get(1));
    assertThat(plan).isEqualTo(List.copyOf(plan)).hasSameHashCodeAs(List.copyOf(plan));
    assertThat(plan.get(1).contact()).isSameAs(contacts.get(1));
  }

  @Test
  void plan_isUnmodifiableLikeListOf_andRejectsNullLookups() {
    Campaign campaign = berlinWeekdays().build();
    List<PlannedContact> plan = ENGINE.plan(campaign,
        List.of(Contact.of("+15550000001"), Contact.of("+15550000002")), DoNotCallList.empty(),
        WED_10_BERLIN);
    PlannedContact row = plan.get(0);

    assertThatThrownBy(() -> plan.set(0, row)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(plan::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.removeIf(p -> false)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.replaceAll(p -> p)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.sort(null)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.subList(0, 1).add(row)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> plan.contains(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> plan.indexOf(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> plan.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(plan.contains(row)).isTrue();
    assertThat(plan.indexOf(plan.get(1))).isEqualTo(1);
  }

  @Test
  void plan_asksTheCallerListOncePerContact() {
    Campaign campaign = berlinWeekdays().doNotCallEnabled(true).build();
    Fixtures.RecordingLookup lookup = Fixtures.RecordingLookup.listing("+15550000002");

    List<PlannedContact> plan = ENGINE.plan(campaign,
        List.of(Contact.of("+15550000001"), Contact.of("+15550000002")), lookup, WED_10_BERLIN);

    assertThat(lookup.asked).containsExactlyInAnyOrder(new PhoneNumber("+15550000001"), new PhoneNumber("+15550000002"));
    assertThat(numbers(plan)).containsExactly("+15550000001", "+15550000002");
    assertThat(plan.get(1).decision().reasons()).containsExactly(Reason.DO_NOT_CALL);
  }

  @Test
  void planOrder_sortsAnyListTheSameWay() {
    Decision now = Decision.of(true, WED_10_BERLIN, Collections.emptySet());
    Decision later = Decision.of(false, WED_10_BERLIN.plusSeconds(1), java.util.EnumSet.of(Reason.COOLDOWN));
    Decision never = Decision.of(false, null, java.util.EnumSet.of(Reason.DO_NOT_CALL));
    List<PlannedContact> rows = new ArrayList<>(Arrays.asList(
        new PlannedContact(Contact.of("+15550000001"), never),
        new PlannedContact(Contact.of("+15550000003"), later),
        new PlannedContact(Contact.of("+15550000002"), now),
        new PlannedContact(Contact.of("+15550000000"), never),
        new PlannedContact(Contact.of("+15550000001"), now)));

    rows.sort(EligibilityEngine.planOrder());

    assertThat(rows).extracting(p -> p.contact().number().e164() + "@" + p.decision().nextEligibleAt().orElse(null))
        .containsExactly(
            "+15550000001@" + WED_10_BERLIN, "+15550000002@" + WED_10_BERLIN,
            "+15550000003@" + WED_10_BERLIN.plusSeconds(1), "+15550000000@null", "+15550000001@null");
  }

  @Test
  void history_indexesCallsByNormalisedNumber() {
    Campaign campaign = berlinWeekdays().calls(List.of(
        call("+1 555-000-0001", "busy", "2024-06-04T09:00:00Z"),
        call("+1 (555) 000.0001", "voicemail", "2024-06-04T10:00:00Z"),
        call("+15550000002", "busy", "2024-06-04T11:00:00Z"),
        call("garbage", "busy", "2024-06-04T12:00:00Z"),
        call(null, "busy", "2024-06-04T13:00:00Z"))).build();

    assertThat(campaign.history(PhoneNumber.parse("+15550000001")))
        .extracting(a -> a.status().value()).containsExactly("busy", "voicemail");
    assertThat(campaign.history(PhoneNumber.parse("+15550000002"))).hasSize(1);
    assertThat(campaign.history(PhoneNumber.parse("+15550000003"))).isEmpty();
  }

  @Test
  void decide_callToTheSameNumberWrittenDifferently_countsForTheContact() {
    Campaign campaign = berlinWeekdays().maxRetries(0).noAnswerCooldownHours(0)
        .calls(List.of(call("+1 555-000-0001", "no_answer", "2024-06-04T09:00:00Z"))).build();

    Decision d = ENGINE.decide(campaign, Contact.of("+15550000001"), DoNotCallList.empty(), WED_10_BERLIN);

    assertThat(d.reasons()).containsExactly(Reason.MAX_RETRIES_REACHED);
  }

  @Test
  void decide_callsWithInvalidTo_matchNoContact() {
    Campaign campaign = berlinWeekdays().calls(Arrays.asList(
        call("not a number", "in_progress", "2024-06-05T07:59:00Z"),
        call(null, "completed", "2024-06-05T07:59:00Z"),
        call("+0 555 000 0001", "ringing", "2024-06-05T07:59:00Z"),
        call("15550000001", "queued", "2024-06-05T07:59:00Z"))).build();

    for (String number : List.of("+15550000001", "+5550000001", "+15550000000")) {
      Decision d = ENGINE.decide(campaign, Contact.of(number), DoNotCallList.empty(), WED_10_BERLIN);
      assertThat(d.callable()).as(number).isTrue();
    }
  }

  @Test
  void decide_callsToOtherNumbers_doNotCount() {
    Instant now = WED_10_BERLIN;
    Campaign campaign = berlinWeekdays().maxRetries(0)
        .calls(List.of(call("+15550000002", "in_progress", "2024-06-05T07:59:00Z"))).build();
    Contact k = Contact.of("+15550000001").withKnownAttempts(List.of(attempt("2024-06-04T09:00+02:00", "busy")));

    assertThat(ENGINE.decide(campaign, k, DoNotCallList.empty(), now).reasons())
        .containsExactly(Reason.MAX_RETRIES_REACHED);
  }
}
