/**
 * The Talkover API's JSON shapes, in one place: the DTO records of every body (campaign, call,
 * agent, file, stats, time range, one generic envelope, pagination, and the write endpoints'
 * requests and answers), the MapStruct mapper into the domain's factories and back, one strict
 * reader ({@link ai.talkover.campaigns.json.TalkoverJsonReader}, every body bound once through
 * one bind path) and one writer ({@link ai.talkover.campaigns.json.TalkoverJsonWriter}).
 *
 * <p>Not an adapter: it depends only on the domain, Jackson and MapStruct, and the HTTP adapter,
 * the testkit and the command-line tool use it. Public surface: the reader and writer, what the
 * reader returns ({@link ai.talkover.campaigns.json.CampaignListBody},
 * {@link ai.talkover.campaigns.json.PaginationBlock}, {@link ai.talkover.campaigns.json.ErrorDetails},
 * and for the write endpoints {@link ai.talkover.campaigns.json.CallCreatedBody},
 * {@link ai.talkover.campaigns.json.QueuedCallBody},
 * {@link ai.talkover.campaigns.json.StatusChangeBody},
 * {@link ai.talkover.campaigns.json.CallRequestBody}), the writer's
 * {@link ai.talkover.campaigns.json.CampaignShape}, and what the reader throws
 * ({@link ai.talkover.campaigns.json.InvalidBodyException}, besides the domain's
 * {@link ai.talkover.campaigns.domain.campaign.InvalidCampaignException}). DTOs and the mapper are
 * package-private.
 */
package ai.talkover.campaigns.json;
