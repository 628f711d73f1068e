package ai.talkover.campaigns.application.service;

import ai.talkover.campaigns.application.port.in.DecideEligibilityUseCase;
import ai.talkover.campaigns.application.port.in.PlanContactsUseCase;
import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The use cases "decide for a number of campaign X" and "plan these contacts for campaign X": resolves
 * the campaign through {@link CampaignQuery}, consults {@link DoNotCallList}, and takes now from the
 * injected {@link Clock} unless the caller names the instant. Thread-safe when its ports are.
 */
public final class EligibilityService implements DecideEligibilityUseCase, PlanContactsUseCase {

  private final CampaignQuery campaigns;
  private final DoNotCallList doNotCall;
  private final Clock clock;
  private final EligibilityEngine engine;

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
    return engine.decide(campaign, contact, doNotCall, at);
  }

  private List<PlannedContact> planAt(CampaignId campaignId, Collection<Contact> contacts, Instant at) {
    Campaign campaign = campaigns.get(campaignId);
    return engine.plan(campaign, contacts, doNotCall, at);
  }
}
