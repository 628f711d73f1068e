package ai.talkover.campaigns.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real Redis server process for tests: Debian's {@code redis-server} started on a free loopback
 * port with no persistence ({@code --save '' --appendonly no}), stopped and started again on the same
 * port to play an outage. {@link #start()} returns once the server logged that it accepts
 * connections.
 *
 * <p>The binary is {@code $REDIS_SERVER} when set, else {@code /usr/bin/redis-server}, else
 * {@code redis-server} on the {@code PATH} ({@code .ci/run} installs it when missing).
 *
 * <p>Thread-safe.
 */
public final class RedisServerProcess implements AutoCloseable {

  private static final long START_TIMEOUT_SECONDS = 20;

  private final int port;
  private Process process;

  private RedisServerProcess(int port) {
    this.port = port;
  }

  /**
   * Starts a server on a free loopback port.
   *
   * @return the running server
   * @throws IllegalStateException when the binary is missing or the server does not come up
   */
  public static RedisServerProcess start() {
    RedisServerProcess server = new RedisServerProcess(freePort());
    server.resume();
    return server;
  }

  /**
   * The server's URL, {@code redis://127.0.0.1:PORT}.
   *
   * @return the URL
   */
  public String url() {
    return "redis://127.0.0.1:" + port;
  }

  /**
   * The port, the same across {@link #stop()} and {@link #resume()}.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Whether the process is running.
   *
   * @return true while it runs
   */
  public synchronized boolean isRunning() {
    return process != null && process.isAlive();
  }

  /**
   * Kills the server (an outage: clients see their connections reset and new ones refused). Its data
   * is gone. Idempotent.
   */
  public synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroyForcibly();
    try {
      if (!process.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("redis-server on port " + port + " did not stop");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while stopping redis-server", e);
    }
    process = null;
  }

  /**
   * Starts the server again on the same port (empty). Does nothing when it runs.
   *
   * @throws IllegalStateException when it does not come up
   */
  public synchronized void resume() {
    if (isRunning()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of(binary(), "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
        "--protected-mode", "yes", "--loglevel", "notice", "--databases", "16"));
    CountDownLatch ready = new CountDownLatch(1);
    List<String> log = new ArrayList<>();
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + command.get(0)
          + " (install Debian's redis-server, or set REDIS_SERVER)", e);
    }
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          synchronized (log) {
            if (log.size() < 50) {
              log.add(line);
            }
          }
          if (line.contains("Ready to accept connections")) {
            ready.countDown();
          }
        }
      } catch (IOException e) {
        // the process ended; its exit is reported by the waiter below
      }
      ready.countDown();
    }, "redis-server-" + port + "-log");
    reader.setDaemon(true);
    reader.start();
    try {
      if (!ready.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS) || !p.isAlive()) {
        p.destroyForcibly();
        synchronized (log) {
          throw new IllegalStateException("redis-server on port " + port + " did not start: " + log);
        }
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting redis-server", e);
    }
    process = p;
  }

  /** Stops the server. */
  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "RedisServerProcess[" + url() + (isRunning() ? "" : ", stopped") + "]";
  }

  private static String binary() {
    String env = System.getenv("REDIS_SERVER");
    if (env != null && !env.isBlank()) {
      return env;
    }
    Path debian = Path.of("/usr/bin/redis-server");
    return Files.isExecutable(debian) ? debian.toString() : "redis-server";
  }

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      s.setReuseAddress(true);
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }
}
