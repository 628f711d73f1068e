package ai.talkover.campaigns.adapter.http;

import ai.talkover.campaigns.application.port.out.CampaignQueryException.Context;
import ai.talkover.campaigns.application.port.out.CampaignQueryException;
import ai.talkover.campaigns.domain.campaign.Campaign;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Reads a saved campaign body, for example a file given to the command-line tool: a Get Campaign or
 * Create/Update response, with or without the {@code {"success":true,"data":...}} envelope. It uses
 * the same DTOs, mapper, limits and validation as {@link TalkoverHttpCampaignQuery}.
 *
 * <p>Package-private: {@link TalkoverHttpCampaignQuery#readCampaign(InputStream)} is the adapter's one
 * entry point for it. Stateless and thread-safe.
 */
final class CampaignJson {

  /** The largest document read, in bytes (16 MiB). */
  public static final int MAX_BYTES = 16 * 1024 * 1024;

  private static final JsonCodec CODEC = new JsonCodec(MAX_BYTES);

  private CampaignJson() {}

  /**
   * Reads a campaign.
   *
   * @param json the UTF-8 JSON document; not {@code null}
   * @return the validated campaign
   * @throws ai.talkover.campaigns.application.port.out.InvalidResponseException when the document
   *     is empty, not JSON, truncated, larger than {@link #MAX_BYTES}, beyond the parser limits, has
   *     {@code success:false} or an envelope without {@code data}
   * @throws ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException when the
   *     campaign breaks the domain's rules; its violations name the JSON fields
   */
  public static Campaign read(byte[] json) {
    Objects.requireNonNull(json, "json");
    Context context = new Context(0, null, 0, null, snippet(json, json.length));
    if (json.length > MAX_BYTES) {
      throw CampaignQueryException.invalidResponse(context,
          "document is larger than " + MAX_BYTES + " bytes", null);
    }
    return CODEC.readCampaign(json, false, context);
  }

  /**
   * Reads a campaign from a stream, at most {@link #MAX_BYTES} of it. The stream is read to its end
   * (or just past the limit) and not closed.
   *
   * @param in the UTF-8 JSON document; not {@code null}
   * @return the validated campaign
   * @throws UncheckedIOException when the stream cannot be read
   * @throws ai.talkover.campaigns.application.port.out.InvalidResponseException as
   *     {@link #read(byte[])}
   * @throws ai.talkover.campaigns.application.port.out.InvalidCampaignResponseException as
   *     {@link #read(byte[])}
   */
  public static Campaign read(InputStream in) {
    Objects.requireNonNull(in, "in");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        out.write(buffer, 0, n);
        if (out.size() > MAX_BYTES) {
          byte[] head = out.toByteArray();
          throw CampaignQueryException.invalidResponse(
              new Context(0, null, 0, null, snippet(head, head.length)),
              "document is larger than " + MAX_BYTES + " bytes", null);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("campaign JSON could not be read", e);
    }
    return read(out.toByteArray());
  }

  private static String snippet(byte[] json, int length) {
    if (length == 0) {
      return null;
    }
    int n = Math.min(length, CampaignQueryException.MAX_SNIPPET * 4);
    return new String(json, 0, n, StandardCharsets.UTF_8);
  }
}
