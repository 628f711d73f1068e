package ai.talkover.campaigns.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import io.lettuce.core.resource.ClientResources;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The node's two Redis connections (commands, and the subscription to the fleet's event channel),
 * opened lazily and reopened by Lettuce when Redis comes back. While Redis is down every command fails
 * at once (Lettuce rejects commands when disconnected) or within the command timeout; the failure is
 * counted and logged once by {@link RedisHealth}. Thread-safe.
 */
final class RedisLink implements AutoCloseable {

  private final RedisUrl url;
  private final ClientResources resources;
  private final RedisClient client;
  private final RedisHealth health;
  private final byte[] channel;
  private final BiConsumer<byte[], byte[]> onMessage;
  private final long reconnectNanos;
  private final Object lock = new Object();
  private volatile StatefulRedisConnection<byte[], byte[]> connection;
  private volatile StatefulRedisPubSubConnection<byte[], byte[]> subscription;
  private long nextAttemptNanos;
  private long nextSubscribeNanos;
  private volatile boolean closed;
  private volatile CompletableFuture<Void> connected = new CompletableFuture<>();

  RedisLink(RedisUrl url, Duration commandTimeout, Duration connectTimeout, Duration reconnectDelay,
      RedisHealth health,
      byte[] channel, BiConsumer<byte[], byte[]> onMessage) {
    this.url = url;
    this.health = health;
    this.channel = channel;
    this.onMessage = onMessage;
    this.reconnectNanos = reconnectDelay.toNanos();
    this.resources = SharedClientResources.acquire();
    this.client = RedisClient.create(resources, url.toRedisUri(connectTimeout));
    client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
        .socketOptions(SocketOptions.builder().connectTimeout(connectTimeout).build())
        .build());
    client.addListener(new RedisConnectionStateListener() {
      @Override
      public void onRedisConnected(RedisChannelHandler<?, ?> handler, SocketAddress address) {
        if (handler == connection) {
          connected.complete(null);
        }
      }

      @Override
      public void onRedisDisconnected(RedisChannelHandler<?, ?> handler) {
        if (handler == connection && connected.isDone()) {
          connected = new CompletableFuture<>();
        }
      }
    });
  }

  /**
   * Waits until the command connection is open (Lettuce reconnects by itself after an outage).
   *
   * @param timeout the longest wait
   * @return true when it is open
   */
  boolean awaitConnected(Duration timeout) {
    long until = System.nanoTime() + timeout.toNanos();
    while (true) {
      try {
        StatefulRedisConnection<byte[], byte[]> c = connection("connect");
        if (c.isOpen()) {
          return true;
        }
      } catch (RedisUnavailable e) {
        // not yet: the next attempt is after the reconnect delay
      }
      long left = until - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      try {
        connected.get(Math.min(left, reconnectNanos), TimeUnit.NANOSECONDS);
      } catch (TimeoutException | ExecutionException e) {
        // look again
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }

  /**
   * Runs one command on the shared connection.
   *
   * @param what what it does, for the log
   * @param command the command
   * @return its result
   * @throws RedisUnavailable when Redis cannot be reached or the command fails
   */
  <T> T call(String what, Function<RedisCommands<byte[], byte[]>, T> command) {
    StatefulRedisConnection<byte[], byte[]> c = connection(what);
    try {
      T result = command.apply(c.sync());
      health.succeeded();
      return result;
    } catch (RedisException e) {
      throw health.failed(what, e);
    }
  }

  /**
   * The command connection, opened now if it is not yet (at most one attempt per reconnect delay).
   *
   * @param what what it is needed for, for the log
   * @return the connection
   * @throws RedisUnavailable when it cannot be opened
   */
  StatefulRedisConnection<byte[], byte[]> connection(String what) {
    StatefulRedisConnection<byte[], byte[]> c = connection;
    if (c != null) {
      if (subscription == null) {
        subscribe();
      }
      return c;
    }
    synchronized (lock) {
      if (closed) {
        throw new IllegalStateException("this RedisFleet is closed");
      }
      if (connection == null) {
        long now = System.nanoTime();
        if (now - nextAttemptNanos < 0) {
          throw health.failed(what, new RedisException("not connected; next attempt in "
              + TimeUnit.NANOSECONDS.toMillis(nextAttemptNanos - now) + " ms"));
        }
        try {
          connection = client.connect(ByteArrayCodec.INSTANCE);
          connected.complete(null);
        } catch (RedisException e) {
          nextAttemptNanos = System.nanoTime() + reconnectNanos;
          throw health.failed(what, e);
        }
      }
    }
    subscribe();
    return connection;
  }

  private void subscribe() {
    synchronized (lock) {
      if (subscription != null || closed || System.nanoTime() - nextSubscribeNanos < 0) {
        return;
      }
      try {
        StatefulRedisPubSubConnection<byte[], byte[]> s = client.connectPubSub(ByteArrayCodec.INSTANCE);
        s.addListener(new RedisPubSubAdapter<>() {
          @Override
          public void message(byte[] ch, byte[] message) {
            onMessage.accept(ch, message);
          }
        });
        s.sync().subscribe(channel);
        subscription = s;
      } catch (RedisException e) {
        nextSubscribeNanos = System.nanoTime() + reconnectNanos;
        health.failed("subscribe to the fleet's events", e);
      }
    }
  }

  /**
   * Whether the event subscription is open (Lettuce renews it after a reconnect).
   *
   * @return true when subscribed
   */
  boolean subscribed() {
    StatefulRedisPubSubConnection<byte[], byte[]> s = subscription;
    return s != null && s.isOpen();
  }

  RedisUrl url() {
    return url;
  }

  /**
   * Runs pipelined commands on the shared connection's asynchronous API and waits for them all.
   *
   * @param what what they do, for the log
   * @param commands issues the commands and returns their futures
   * @param timeout the longest wait for all of them
   * @return the futures, all done
   * @throws RedisUnavailable when Redis cannot be reached, a command fails or the wait times out
   */
  <T> java.util.List<io.lettuce.core.RedisFuture<T>> pipeline(String what,
      Function<io.lettuce.core.api.async.RedisAsyncCommands<byte[], byte[]>,
          java.util.List<io.lettuce.core.RedisFuture<T>>> commands, Duration timeout) {
    StatefulRedisConnection<byte[], byte[]> c = connection(what);
    try {
      java.util.List<io.lettuce.core.RedisFuture<T>> futures = commands.apply(c.async());
      boolean done = io.lettuce.core.LettuceFutures.awaitAll(timeout,
          futures.toArray(new io.lettuce.core.RedisFuture<?>[0]));
      if (!done) {
        throw health.failed(what, new RedisException("timed out after " + timeout.toMillis() + " ms"));
      }
      health.succeeded();
      return futures;
    } catch (RedisException e) {
      throw health.failed(what, e);
    }
  }

  @Override
  public void close() {
    synchronized (lock) {
      if (closed) {
        return;
      }
      closed = true;
    }
    if (subscription != null) {
      subscription.closeAsync();
    }
    if (connection != null) {
      connection.closeAsync();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    SharedClientResources.release();
  }
}
