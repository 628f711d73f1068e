package ai.talkover.campaigns.adapter.redis;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One campaign in the shared tier, as stored under its key: a version byte, the fetch time (epoch
 * milliseconds, big-endian) and the body the API sent.
 *
 * @param fetchedAtMillis when the API answered with the body (wall clock of the fetching node)
 * @param body the body
 */
record SharedEntry(long fetchedAtMillis, byte[] body) {

  private static final byte VERSION = 1;
  private static final int HEADER = 9;

  static byte[] encode(long fetchedAtMillis, ByteBuffer body) {
    return ByteBuffer.allocate(HEADER + body.remaining()).put(VERSION).putLong(fetchedAtMillis)
        .put(body).array();
  }

  /** The entry, or null when the value is not one this version wrote. */
  static SharedEntry decode(byte[] value) {
    if (value == null || value.length < HEADER || value[0] != VERSION) {
      return null;
    }
    long at = ByteBuffer.wrap(value, 1, 8).getLong();
    return new SharedEntry(at, Arrays.copyOfRange(value, HEADER, value.length));
  }

  long age(long nowMillis) {
    return nowMillis - fetchedAtMillis;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SharedEntry e && e.fetchedAtMillis == fetchedAtMillis
        && Arrays.equals(e.body, body);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(fetchedAtMillis) * 31 + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "SharedEntry[fetchedAt=" + fetchedAtMillis + ", " + body.length + " bytes]";
  }
}
