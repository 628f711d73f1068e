package ai.talkover.campaigns.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;

/**
 * Reads one response for {@link Transport} into a {@link RawResponse}: the status, the headers the
 * adapter reads and the body up to a cap. A body of a declared length is read into one array of that
 * size; past the cap (declared or counted) the exchange is aborted, its connection discarded, and
 * the answer marked too large with at most the body's first 8 KiB. HttpClient's final consume of an
 * aborted entity may then fail: {@link #cut()} keeps the answer, which stands. One per request, used
 * on the caller's thread.
 */
final class CappedResponseHandler implements HttpClientResponseHandler<RawResponse> {

  private static final int BUFFER = 8192;

  private final HttpUriRequestBase request;
  private final long maxBodyBytes;
  private RawResponse cut;

  /**
   * A handler for one request.
   *
   * @param request the request to abort when the body passes the cap
   * @param maxBodyBytes the body cap
   */
  CappedResponseHandler(HttpUriRequestBase request, long maxBodyBytes) {
    this.request = request;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public RawResponse handleResponse(ClassicHttpResponse response) throws IOException {
    HttpEntity entity = response.getEntity();
    byte[] body = new byte[0];
    boolean tooLarge = false;
    if (entity != null) {
      long declared = entity.getContentLength();
      if (declared > maxBodyBytes) {
        request.cancel();
        tooLarge = true;
      } else if (declared >= 0) {
        try (InputStream in = entity.getContent()) {
          body = readDeclared(in, (int) declared);
        }
      } else {
        try (InputStream in = entity.getContent()) {
          ByteArrayOutputStream out = new ByteArrayOutputStream(BUFFER);
          byte[] buffer = new byte[BUFFER];
          long total = 0;
          int n;
          while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBodyBytes) {
              if (out.size() < BUFFER) {
                out.write(buffer, 0, Math.min(n, BUFFER - out.size()));
              }
              request.cancel();
              tooLarge = true;
              break;
            }
            out.write(buffer, 0, n);
          }
          body = tooLarge ? Arrays.copyOf(out.toByteArray(), Math.min(out.size(), BUFFER))
              : out.toByteArray();
        } catch (IOException e) {
          if (!tooLarge) {
            throw e;
          }
          // closing an aborted stream may fail; the body is already cut
        }
      }
    }
    RawResponse raw = new RawResponse(response.getCode(),
        header(response, HttpHeaders.CONTENT_TYPE), header(response, HttpHeaders.RETRY_AFTER),
        header(response, HttpHeaders.LOCATION), body, tooLarge,
        RateLimitHeaders.remaining(header(response, RateLimitHeaders.REMAINING)),
        header(response, RateLimitHeaders.RESET));
    if (tooLarge) {
      cut = raw;
    }
    return raw;
  }

  /**
   * The answer of an exchange aborted at the cap.
   *
   * @return the answer, or {@code null} when the body was not cut
   */
  RawResponse cut() {
    return cut;
  }

  /**
   * A body of a declared length (at most the cap), read into one array of that size rather than
   * grown and copied. HttpClient's stream ends at the declared length and fails on a shorter body.
   */
  private static byte[] readDeclared(InputStream in, int length) throws IOException {
    byte[] body = new byte[length];
    int read = 0;
    while (read < length) {
      int n = in.read(body, read, length - read);
      if (n < 0) {
        return Arrays.copyOf(body, read);
      }
      read += n;
    }
    return body;
  }

  private static String header(ClassicHttpResponse response, String name) {
    Header h = response.getFirstHeader(name);
    return h == null ? null : h.getValue();
  }
}
