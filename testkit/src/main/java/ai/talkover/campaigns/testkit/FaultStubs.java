package ai.talkover.campaigns.testkit;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The WireMock stubs of the injected faults: each {@link FaultSpec} becomes mappings in a scenario of
 * its own, at a priority above the stub server's own answers. Thread-safe.
 */
final class FaultStubs {

  private static final int FAULT_PRIORITY = 1;

  private final WireMockServer wireMock;
  private final List<UUID> ids = Collections.synchronizedList(new ArrayList<>());
  private final AtomicLong sequence = new AtomicLong();

  FaultStubs(WireMockServer wireMock) {
    this.wireMock = wireMock;
  }

  void add(FaultSpec spec) {
    String scenario = "talkover-fault-" + sequence.incrementAndGet();
    for (MappingBuilder m : spec.mappings(scenario, FAULT_PRIORITY)) {
      ids.add(wireMock.stubFor(m).getId());
    }
  }

  /** Forgets every fault; removes their stubs unless the server is already stopped. */
  void clear(boolean serverRunning) {
    List<UUID> removed;
    synchronized (ids) {
      removed = new ArrayList<>(ids);
      ids.clear();
    }
    if (serverRunning) {
      removed.forEach(wireMock::removeStub);
    }
  }
}
