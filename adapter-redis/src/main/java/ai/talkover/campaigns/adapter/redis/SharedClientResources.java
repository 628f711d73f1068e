package ai.talkover.campaigns.adapter.redis;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Lettuce's event loops and timers, shared by every {@link RedisFleet} of the process (Lettuce's own
 * advice: one set of resources per JVM) and shut down when the last fleet closes. Thread-safe.
 */
final class SharedClientResources {

  private static ClientResources resources;
  private static int users;

  private SharedClientResources() {}

  static synchronized ClientResources acquire() {
    if (resources == null) {
      resources = ClientResources.builder()
          .ioThreadPoolSize(2)
          .computationThreadPoolSize(2)
          // The JDK's resolver: a loopback or /etc/hosts name needs no DNS round trip (Netty's own
          // DNS resolver fails the first connect where no DNS server answers).
          .addressResolverGroup(io.netty.resolver.DefaultAddressResolverGroup.INSTANCE)
          .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2,
              TimeUnit.MILLISECONDS))
          .build();
    }
    users++;
    return resources;
  }

  static synchronized void release() {
    users--;
    if (users == 0 && resources != null) {
      resources.shutdown(0, 2, TimeUnit.SECONDS);
      resources = null;
    }
  }
}
