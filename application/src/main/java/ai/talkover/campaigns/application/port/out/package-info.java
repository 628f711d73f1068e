/**
 * Out-ports: what the application needs from the outside world. {@link
 * ai.talkover.campaigns.application.port.out.CampaignQuery} reads campaigns; {@link
 * ai.talkover.campaigns.application.port.out.DoNotCallList} answers do-not-call questions. Every
 * infrastructure failure is a {@link ai.talkover.campaigns.application.port.out.CampaignQueryException}.
 */
package ai.talkover.campaigns.application.port.out;
