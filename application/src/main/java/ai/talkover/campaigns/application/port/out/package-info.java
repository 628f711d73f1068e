/**
 * Out-ports: what the application needs from the outside world. {@link
 * ai.talkover.campaigns.application.port.out.CampaignQuery} reads campaigns; {@link
 * ai.talkover.campaigns.domain.eligibility.DoNotCallList} (the domain's out-port, which the use cases
 * pass on to the engine) answers do-not-call questions. Every
 * infrastructure failure is a {@link ai.talkover.campaigns.application.port.out.CampaignQueryException}.
 */
package ai.talkover.campaigns.application.port.out;
