package ai.talkover.campaigns.application.port.out;

import ai.talkover.campaigns.domain.campaign.Campaign;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;

/**
 * A campaign and the JSON body the API sent for it, for a tier that stores bodies rather than
 * re-serialised campaigns: fleet mode keeps the body in Redis so that every node parses exactly what
 * the API sent, unknown fields included. The HTTP adapter's {@code getWithBody} returns one; the
 * shared tier's body source hands one over.
 *
 * <p>Immutable: the body is copied when the value is made and {@link #body()} returns a copy, so a
 * caller's array and this value never share bytes; {@link #bodyView()} reads it without a copy.
 *
 * @param campaign the validated campaign read from the body; never {@code null}
 * @param body the response body as received, UTF-8 JSON; never {@code null}
 */
public record CampaignWithBody(Campaign campaign, byte[] body) {

  /**
   * Checks and copies.
   *
   * @throws NullPointerException when the campaign or the body is {@code null}
   */
  public CampaignWithBody {
    Objects.requireNonNull(campaign, "campaign");
    body = Objects.requireNonNull(body, "body").clone();
  }

  /**
   * The body.
   *
   * @return a copy of the body as received; never {@code null}
   */
  @Override
  public byte[] body() {
    return body.clone();
  }

  /**
   * The body without a copy, for a writer that only reads it (a large body need not be copied twice
   * on its way to Redis).
   *
   * @return a read-only buffer over the body, positioned at its start; never {@code null}
   */
  public ByteBuffer bodyView() {
    return ByteBuffer.wrap(body).asReadOnlyBuffer();
  }

  /** Equal when the campaigns are equal and the bodies hold the same bytes. */
  @Override
  public boolean equals(Object o) {
    return o instanceof CampaignWithBody c && campaign.equals(c.campaign)
        && Arrays.equals(body, c.body);
  }

  @Override
  public int hashCode() {
    return 31 * campaign.hashCode() + Arrays.hashCode(body);
  }

  /** The campaign's id and the body's length, never the body. */
  @Override
  public String toString() {
    return "CampaignWithBody[" + campaign.id() + ", " + body.length + " bytes]";
  }
}
