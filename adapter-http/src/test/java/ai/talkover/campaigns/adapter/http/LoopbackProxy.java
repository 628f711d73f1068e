package ai.talkover.campaigns.adapter.http;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny HTTP proxy on loopback, for tests: {@code CONNECT host:port} opens a tunnel, and an
 * absolute-URI request ({@code GET http://host:port/path}) is relayed to that origin as it is
 * (HTTP/1.1 origins accept the absolute form). Every origin host is reached on loopback, so a test
 * can name a host that does not resolve ({@code api.talkover.invalid}): the JDK's proxy selector
 * never proxies loopback names, and a request that does not go through this proxy then fails to
 * connect. It records the request line that opened each connection. One thread per direction per connection; closed by {@link #close()}.
 */
final class LoopbackProxy implements Closeable {

  private final ServerSocket server;
  private final Queue<String> requestLines = new ConcurrentLinkedQueue<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();

  LoopbackProxy() throws IOException {
    server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::acceptLoop, "loopback-proxy");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** The first request line of every connection the proxy accepted, in order. */
  List<String> requestLines() {
    return List.copyOf(requestLines);
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        daemon(() -> serve(client), "loopback-proxy-conn");
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket client) {
    try {
      InputStream in = client.getInputStream();
      byte[] head = readHead(in);
      String requestLine = new String(head, StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
      requestLines.add(requestLine);
      String[] parts = requestLine.split(" ");
      boolean connect = parts[0].equals("CONNECT");
      String authority = connect ? parts[1] : authorityOf(parts[1]);
      int colon = authority.lastIndexOf(':');
      Socket upstream = new Socket();
      sockets.add(upstream);
      upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(),
          Integer.parseInt(authority.substring(colon + 1))));
      OutputStream toClient = client.getOutputStream();
      if (connect) {
        toClient.write("HTTP/1.1 200 Connection Established\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        toClient.flush();
      } else {
        upstream.getOutputStream().write(head);
        upstream.getOutputStream().flush();
      }
      daemon(() -> pipe(upstream, client), "loopback-proxy-down");
      pipe(client, upstream);
    } catch (IOException | RuntimeException e) {
      closeQuietly(client);
    }
  }

  private static String authorityOf(String absoluteUri) {
    String rest = absoluteUri.substring(absoluteUri.indexOf("://") + 3);
    int slash = rest.indexOf('/');
    String authority = slash < 0 ? rest : rest.substring(0, slash);
    return authority.contains(":") ? authority : authority + ":80";
  }

  /** Reads up to and including the blank line that ends the request head. */
  private static byte[] readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed inside the request head");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toByteArray();
  }

  private static void pipe(Socket from, Socket to) {
    byte[] buffer = new byte[8192];
    try {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        out.flush();
      }
      to.shutdownOutput();
    } catch (IOException e) {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  private static void daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    t.start();
  }

  private static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // closing a broken socket
    }
  }

  @Override
  public void close() {
    closeQuietly(server);
    sockets.forEach(LoopbackProxy::closeQuietly);
  }
}
