package ai.talkover.campaigns.adapter.http;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.DefaultContentLengthStrategy;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestWriterFactory;
import org.apache.hc.core5.http.impl.io.NoResponseOutOfOrderStrategy;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.message.RequestLine;
import org.apache.hc.core5.http.message.StatusLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the pool's connections: HttpClient's own connection class, except that it can never print
 * the API token. HttpClient's connection logs every request header to the
 * {@code org.apache.hc.client5.http.headers} logger and copies every byte to the
 * {@code org.apache.hc.client5.http.wire} logger when those are at DEBUG, the {@code Authorization}
 * header included. These connections log the same header lines to the same logger with the
 * {@code Authorization} value (and the token wherever a response header echoes it) masked, and
 * never attach the wire logger: a byte-level log cannot be masked reliably, as the header may be
 * split across writes. Everything else is {@link DefaultManagedHttpClientConnection}'s behaviour.
 *
 * <p>Thread-safe (each connection is used by one thread at a time, as the pool guarantees).
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

  private static final Logger HEADERS = LoggerFactory.getLogger("org.apache.hc.client5.http.headers");
  private static final AtomicLong COUNTER = new AtomicLong();

  private final Redactor redactor;

  QuietConnectionFactory(Redactor redactor) {
    this.redactor = redactor;
  }

  @Override
  public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
    QuietConnection connection = new QuietConnection("talkover-" + COUNTER.getAndIncrement(), redactor);
    if (socket != null) {
      connection.bind(socket);
    }
    return connection;
  }

  @Override
  public ManagedHttpClientConnection createConnection(SSLSocket sslSocket, Socket socket)
      throws IOException {
    QuietConnection connection = new QuietConnection("talkover-" + COUNTER.getAndIncrement(), redactor);
    if (socket != null) {
      connection.bind(sslSocket, socket);
    }
    return connection;
  }

  /** HttpClient's connection with a masked header log and no wire log. */
  static final class QuietConnection extends DefaultManagedHttpClientConnection {

    private final Redactor redactor;

    QuietConnection(String id, Redactor redactor) {
      // The parts ManagedHttpClientConnectionFactory gives its connections by default, the
      // lenient response parser (it skips garbage before the status line) included.
      super(id, null, null, Http1Config.DEFAULT, DefaultContentLengthStrategy.INSTANCE,
          DefaultContentLengthStrategy.INSTANCE, NoResponseOutOfOrderStrategy.INSTANCE,
          new DefaultHttpRequestWriterFactory(Http1Config.DEFAULT),
          new DefaultHttpResponseParserFactory(Http1Config.DEFAULT));
      this.redactor = redactor;
    }

    @Override
    public void bind(Socket socket) throws IOException {
      bind(new SocketHolder(socket));
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
      bind(new SocketHolder(sslSocket, socket));
    }

    @Override
    protected void onRequestSubmitted(ClassicHttpRequest request) {
      if (request != null && HEADERS.isDebugEnabled()) {
        HEADERS.debug("{} >> {}", getId(), new RequestLine(request));
        for (Header header : request.getHeaders()) {
          HEADERS.debug("{} >> {}: {}", getId(), header.getName(),
              HttpHeaders.AUTHORIZATION.equalsIgnoreCase(header.getName())
                  ? Redactor.MASK : redactor.redact(header.getValue()));
        }
      }
    }

    @Override
    protected void onResponseReceived(ClassicHttpResponse response) {
      if (response != null && HEADERS.isDebugEnabled()) {
        HEADERS.debug("{} << {}", getId(), new StatusLine(response));
        for (Header header : response.getHeaders()) {
          HEADERS.debug("{} << {}: {}", getId(), header.getName(), redactor.redact(header.getValue()));
        }
      }
    }
  }
}
