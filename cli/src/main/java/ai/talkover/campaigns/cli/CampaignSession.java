package ai.talkover.campaigns.cli;

import ai.talkover.campaigns.bootstrap.TalkoverCampaigns;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.Decision;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import java.util.Collection;
import java.util.List;
import java.time.Instant;

/**
 * The campaign a command works on and how it decides: the engine on a saved body
 * ({@code --campaign-file}), or the wired client's use cases ({@code --campaign-id}), at the instant
 * of {@code --at}. Closing it releases the client's connections.
 */
sealed interface CampaignSession extends AutoCloseable {

  /** @return the campaign, read once when the session opened */
  Campaign campaign();

  /**
   * @param contact the contact
   * @param at the instant to decide at
   * @return the decision
   */
  Decision decide(Contact contact, Instant at);

  /**
   * @param contacts the contacts
   * @param at the instant to plan at
   * @return the plan
   */
  List<PlannedContact> plan(Collection<Contact> contacts, Instant at);

  @Override
  void close();

  /** A campaign read from a file, decided by the engine with the command's rules. */
  record FromFile(Campaign campaign, Rules rules, EligibilityEngine engine) implements CampaignSession {

    FromFile(Campaign campaign, Rules rules) {
      this(campaign, rules, rules.engine());
    }

    @Override
    public Decision decide(Contact contact, Instant at) {
      return engine.decide(campaign, contact, rules.doNotCall(), at);
    }

    @Override
    public List<PlannedContact> plan(Collection<Contact> contacts, Instant at) {
      return engine.plan(campaign, contacts, rules.doNotCall(), at);
    }

    @Override
    public void close() {}
  }

  /** A campaign of the API, decided by the wired client's use cases (the campaign is cached). */
  record FromApi(TalkoverCampaigns client, CampaignId id, Campaign campaign) implements CampaignSession {

    @Override
    public Decision decide(Contact contact, Instant at) {
      return client.eligibility().decide(id, contact, at);
    }

    @Override
    public List<PlannedContact> plan(Collection<Contact> contacts, Instant at) {
      return client.planner().plan(id, contacts, at);
    }

    @Override
    public void close() {
      client.close();
    }
  }
}
