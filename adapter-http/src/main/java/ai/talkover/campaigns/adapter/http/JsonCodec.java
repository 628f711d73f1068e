package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignPage;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.Pagination;
import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.campaign.InvalidCampaignException;
import ai.talkover.campaigns.json.CampaignListBody;
import ai.talkover.campaigns.json.ErrorDetails;
import ai.talkover.campaigns.json.InvalidBodyException;
import ai.talkover.campaigns.json.PaginationBlock;
import ai.talkover.campaigns.json.TalkoverJsonReader;

/**
 * The wire module's {@link TalkoverJsonReader} in this adapter's terms: what it reads becomes the
 * application's types, what it rejects the {@link CampaignQueryException} family, with what is known
 * of the exchange. A bad body is an {@code InvalidResponseException}; a campaign that breaks the
 * domain's rules (or holds a value of the wrong JSON type) an {@code InvalidCampaignResponseException}
 * whose violations name the field. No Jackson exception leaves the reader.
 *
 * <p>Immutable and thread-safe.
 */
final class JsonCodec {

  /** Longest string value accepted, in characters. */
  static final int MAX_STRING_LENGTH = TalkoverJsonReader.MAX_STRING_LENGTH;

  private final TalkoverJsonReader reader;

  /**
   * Creates a codec.
   *
   * @param maxDocumentBytes the largest document accepted, in bytes
   */
  JsonCodec(long maxDocumentBytes) {
    this.reader = new TalkoverJsonReader(maxDocumentBytes);
  }

  /**
   * Reads one campaign from a body.
   *
   * @param body the body; not {@code null}
   * @param envelope {@code true} when the body must be {@code {"success":true,"data":{...}}};
   *     {@code false} to accept it with or without that envelope
   * @param context what is known of the exchange (for the exceptions)
   * @return the validated campaign
   * @throws ai.talkover.campaigns.application.port.out.InvalidResponseException when the body is not
   *     valid JSON, breaks the parser limits, has {@code success:false} or no {@code data}
   * @throws ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException when the
   *     campaign breaks the domain's rules
   */
  Campaign readCampaign(byte[] body, boolean envelope, Context context) {
    try {
      return envelope ? reader.readCampaign(body) : reader.readSavedCampaign(body);
    } catch (InvalidBodyException e) {
      throw invalidResponse(e, context);
    } catch (InvalidCampaignException e) {
      throw CampaignQueryException.invalidCampaign(context, e);
    }
  }

  /**
   * Reads one page of List Campaigns.
   *
   * @param body the body; not {@code null}
   * @param requestedPage the page asked for; the answer must be that page
   * @param context what is known of the exchange
   * @return the page
   * @throws ai.talkover.campaigns.application.port.out.InvalidResponseException for a bad body or
   *     pagination block
   * @throws ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException naming the
   *     first invalid item ({@code data[3].timezone})
   */
  CampaignPage readPage(byte[] body, int requestedPage, Context context) {
    CampaignListBody page;
    try {
      page = reader.readCampaignList(body, requestedPage);
    } catch (InvalidBodyException e) {
      throw invalidResponse(e, context);
    } catch (InvalidCampaignException e) {
      throw CampaignQueryException.invalidCampaign(context, e);
    }
    PaginationBlock p = page.pagination();
    return new CampaignPage(page.campaigns(), new Pagination(p.currentPage(), p.lastPage(),
        p.perPage(), p.total(), p.from(), p.to(), p.unknownFields()));
  }

  /**
   * What an error body says, read leniently: a body that is not JSON gives an empty answer.
   *
   * @param body the body; not {@code null}
   * @return the message, wait and summary found; never {@code null}
   */
  ErrorBody readError(byte[] body) {
    ErrorDetails details = reader.readError(body);
    return details.equals(ErrorDetails.NONE) ? ErrorBody.NONE
        : new ErrorBody(details.apiMessage(), details.retryAfter(), details.summary());
  }

  private static CampaignQueryException invalidResponse(InvalidBodyException e, Context context) {
    Context withMessage = e.apiMessage() == null || context.apiMessage() != null ? context
        : new Context(context.status(), context.campaignId(), context.attempts(), e.apiMessage(),
            context.bodySnippet());
    return CampaignQueryException.invalidResponse(withMessage, e.detail(), e.getCause());
  }
}
