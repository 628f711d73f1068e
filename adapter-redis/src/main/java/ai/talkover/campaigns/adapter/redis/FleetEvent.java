package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.domain.campaign.CampaignId;
import java.nio.charset.StandardCharsets;

/**
 * The messages on the fleet's channel: a kind letter and a campaign id ({@code L} a new shared value
 * was written, {@code F} a fetch under lease failed, {@code I} invalidate every node's copy).
 */
final class FleetEvent {

  static final char LOADED = 'L';
  static final char FAILED = 'F';
  static final char INVALIDATED = 'I';

  private FleetEvent() {}

  static byte[] loaded(CampaignId id) {
    return encode(LOADED, id);
  }

  static byte[] failed(CampaignId id) {
    return encode(FAILED, id);
  }

  static byte[] invalidated(CampaignId id) {
    return encode(INVALIDATED, id);
  }

  private static byte[] encode(char kind, CampaignId id) {
    return (kind + id.value()).getBytes(StandardCharsets.UTF_8);
  }

  /** The kind, or 0 when the message is not one of ours. */
  static char kind(byte[] message) {
    return message.length < 2 ? 0 : (char) message[0];
  }

  static CampaignId id(byte[] message) {
    return CampaignId.of(new String(message, 1, message.length - 1, StandardCharsets.UTF_8));
  }
}
