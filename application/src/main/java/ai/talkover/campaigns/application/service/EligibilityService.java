package ai.talkover.campaigns.application.service;

import ai.talkover.campaigns.application.port.in.DecideEligibilityUseCase;
import ai.talkover.campaigns.application.port.in.PlanContactsUseCase;
import ai.talkover.campaigns.application.port.out.AttemptLedger;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.CallAttempt;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The use cases "decide for a number of campaign X" and "plan these contacts for campaign X": resolves
 * the campaign through {@link CampaignQuery}, consults {@link DoNotCallList}, and takes now from the
 * injected {@link Clock} unless the caller names the instant. With an {@link AttemptLedger} (fleet
 * mode) each contact's history also holds the attempts the ledger knows and the campaign's
 * {@code calls[]} does not show yet, so the rolling attempt cap and "call in progress" see every
 * node's calls. Thread-safe when its ports are.
 */
public final class EligibilityService implements DecideEligibilityUseCase, PlanContactsUseCase {

  private final CampaignQuery campaigns;
  private final DoNotCallList doNotCall;
  private final Clock clock;
  private final EligibilityEngine engine;
  private final AttemptLedger ledger;

  /**
   * Creates the service.
   *
   * @param campaigns where campaigns come from; not {@code null}
   * @param doNotCallList the caller's do-not-call list; not {@code null}
   * @param clock the source of now; not {@code null}
   * @param engine the rules to apply; not {@code null}
   */
  public EligibilityService(
      CampaignQuery campaigns, DoNotCallList doNotCallList, Clock clock, EligibilityEngine engine) {
    this(campaigns, doNotCallList, clock, engine, null);
  }

  /**
   * Creates the service with an attempt ledger.
   *
   * @param campaigns where campaigns come from; not {@code null}
   * @param doNotCallList the caller's do-not-call list; not {@code null}
   * @param clock the source of now; not {@code null}
   * @param engine the rules to apply; not {@code null}
   * @param ledger the fleet's attempt ledger; nullable (none)
   */
  public EligibilityService(CampaignQuery campaigns, DoNotCallList doNotCallList, Clock clock,
      EligibilityEngine engine, AttemptLedger ledger) {
    this.ledger = ledger;
    this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    this.doNotCall = Objects.requireNonNull(doNotCallList, "doNotCallList");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public Decision decide(CampaignId campaignId, Contact contact) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(contact, "contact");
    return decideAt(campaignId, contact, clock.instant());
  }

  @Override
  public Decision decide(CampaignId campaignId, Contact contact, Instant at) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(at, "at");
    return decideAt(campaignId, contact, at);
  }

  @Override
  public List<PlannedContact> plan(CampaignId campaignId, Collection<Contact> contacts) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(contacts, "contacts");
    return planAt(campaignId, contacts, clock.instant());
  }

  @Override
  public List<PlannedContact> plan(CampaignId campaignId, Collection<Contact> contacts, Instant at) {
    Objects.requireNonNull(campaignId, "campaignId");
    Objects.requireNonNull(contacts, "contacts");
    Objects.requireNonNull(at, "at");
    return planAt(campaignId, contacts, at);
  }

  private Decision decideAt(CampaignId campaignId, Contact contact, Instant at) {
    Campaign campaign = campaigns.get(campaignId);
    Contact c = ledger == null ? contact
        : LedgerMerge.withLedger(campaign, contact, ledger.attempts(campaignId, contact.number()));
    return engine.decide(campaign, c, doNotCall, at);
  }

  private List<PlannedContact> planAt(CampaignId campaignId, Collection<Contact> contacts, Instant at) {
    Campaign campaign = campaigns.get(campaignId);
    Collection<Contact> all = ledger == null ? contacts : withLedger(campaignId, campaign, contacts);
    return engine.plan(campaign, all, doNotCall, at);
  }

  private Collection<Contact> withLedger(CampaignId campaignId, Campaign campaign,
      Collection<Contact> contacts) {
    Set<PhoneNumber> numbers = new LinkedHashSet<>();
    for (Contact c : contacts) {
      numbers.add(c.number());
    }
    Map<PhoneNumber, List<CallAttempt>> known = ledger.attempts(campaignId, numbers);
    if (known.isEmpty()) {
      return contacts;
    }
    List<Contact> out = new ArrayList<>(contacts.size());
    for (Contact c : contacts) {
      List<CallAttempt> a = known.get(c.number());
      out.add(a == null ? c : LedgerMerge.withLedger(campaign, c, a));
    }
    return out;
  }
}
