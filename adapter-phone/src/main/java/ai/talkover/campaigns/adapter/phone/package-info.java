/**
 * The recipient's time zones of a phone number, from libphonenumber's time-zone mapper: the
 * {@link ai.talkover.campaigns.domain.compliance.RecipientZoneLookup} of the opt-in recipient policies. The one
 * entry point is {@link ai.talkover.campaigns.adapter.phone.LibphonenumberZoneLookup}.
 */
package ai.talkover.campaigns.adapter.phone;
