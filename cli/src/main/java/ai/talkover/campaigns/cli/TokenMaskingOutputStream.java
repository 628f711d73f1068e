package ai.talkover.campaigns.cli;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * Replaces every occurrence of a secret in a byte stream with {@code ***}. Bytes that might start the
 * secret are held back until the next write shows whether they do, so a secret split across writes is
 * masked too; {@link #flush()} releases what is held (a print ends with a flush). Not thread-safe on its
 * own: wrap it in a {@link java.io.PrintStream}, which serialises writers.
 */
final class TokenMaskingOutputStream extends FilterOutputStream {

  private static final byte[] MASK = {'*', '*', '*'};

  private final byte[] secret;
  private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

  /**
   * @param out where the masked bytes go
   * @param secret the bytes to mask; not empty
   */
  TokenMaskingOutputStream(OutputStream out, byte[] secret) {
    super(out);
    if (secret.length == 0) {
      throw new IllegalArgumentException("secret: is empty");
    }
    this.secret = secret.clone();
  }

  @Override
  public void write(int b) throws IOException {
    pending.write(b);
    drain(false);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    pending.write(b, off, len);
    drain(false);
  }

  @Override
  public void flush() throws IOException {
    drain(true);
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }

  /** Writes what is surely not part of a secret; with {@code all}, writes everything. */
  private void drain(boolean all) throws IOException {
    byte[] buf = pending.toByteArray();
    int n = buf.length;
    int written = 0;
    int i = 0;
    while (i <= n - secret.length) {
      if (buf[i] == secret[0] && Arrays.equals(buf, i, i + secret.length, secret, 0, secret.length)) {
        out.write(buf, written, i - written);
        out.write(MASK);
        i += secret.length;
        written = i;
      } else {
        i++;
      }
    }
    int keep = all ? n : Math.max(written, n - (secret.length - 1));
    out.write(buf, written, keep - written);
    pending.reset();
    pending.write(buf, keep, n - keep);
  }
}
