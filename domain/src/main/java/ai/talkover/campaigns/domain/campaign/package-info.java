/**
 * A Talkover campaign as the API writes it, validated at once: {@link
 * ai.talkover.campaigns.domain.campaign.Campaign#builder()} takes the fields as the API spells them and
 * either builds a valid campaign or throws an {@link
 * ai.talkover.campaigns.domain.campaign.InvalidCampaignException} naming every bad field. Holds the
 * campaign's policies as values: retry (rules 5 and 7), cooldowns (rule 8) and do-not-call (rule 2);
 * the status and type vocabularies; the calls made so far.
 *
 * <p>All types are immutable and thread-safe. Methods reject {@code null} arguments with {@link
 * NullPointerException} unless a parameter is documented as nullable.
 */
package ai.talkover.campaigns.domain.campaign;
