package ai.talkover.campaigns.adapter.redis;

import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.domain.contact.PhoneNumber;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fleet's Redis keys: every key starts with {@code talkover:v1:<base URL>:<credential hash>:},
 * where the hash is the first 128 bits of the SHA-256 of the API token, so nodes with another API or
 * another credential never share a value, a budget or a ledger, and the token itself never reaches
 * Redis. Immutable.
 */
final class Keys {

  private final String prefix;
  private final byte[] channel;
  private final byte[] budget;

  Keys(String baseUrl, String token) {
    this.prefix = "talkover:v1:" + baseUrl + ":" + credentialHash(token) + ":";
    this.channel = bytes(prefix + "events");
    this.budget = bytes(prefix + "budget");
  }

  static String credentialHash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes(token));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  byte[] campaign(CampaignId id) {
    return bytes(prefix + "campaign:" + id.value());
  }

  byte[] lease(CampaignId id) {
    return bytes(prefix + "lease:" + id.value());
  }

  byte[] attempts(CampaignId id, PhoneNumber number) {
    return bytes(prefix + "attempts:" + id.value() + ":" + number.e164());
  }

  byte[] inFlight(CampaignId id, PhoneNumber number) {
    return bytes(prefix + "inflight:" + id.value() + ":" + number.e164());
  }

  byte[] channel() {
    return channel.clone();
  }

  byte[] budget() {
    return budget.clone();
  }

  byte[] budgetTightenLock() {
    return bytes(prefix + "budget-tighten");
  }

  @Override
  public String toString() {
    return prefix;
  }
}
