package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.domain.campaign.Campaign;
import ai.talkover.campaigns.domain.contact.Contact;
import ai.talkover.campaigns.domain.eligibility.DoNotCallList;
import ai.talkover.campaigns.domain.eligibility.EligibilityEngine;
import ai.talkover.campaigns.domain.eligibility.PlannedContact;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Planning a contact list against a campaign holding one call per contact. Bars: time(1000000) at
 * most 11 x time(100000) (linear, not calls x contacts); at least 5,000,000 decisions per second on one
 * thread at 100,000 contacts. The 10,000 and 4,000,000 points are for reference: the report prints
 * the cost per contact at each size, so that the step where the plan's working set outgrows the
 * machine's cache is told apart from growth in the algorithm.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class PlanBenchmark {

  @Param({"10000", "100000", "1000000", "4000000"})
  public int contacts;

  private final EligibilityEngine engine = EligibilityEngine.standard();
  private Campaign campaign;
  private List<Contact> list;
  private final Instant now = ContactLists.NOW;

  @Setup
  public void setUp() {
    ContactLists input = ContactLists.of(contacts);
    campaign = input.campaign();
    list = input.contacts();
    // The campaign, its contacts and the engine's preparation of it (built on the first plan) live
    // for the whole trial: tenure them now, or every young collection of the measured iterations
    // copies them again (half a second per collection at 1,000,000 contacts on 2 cores).
    engine.plan(campaign, list.subList(0, 1), DoNotCallList.empty(), now);
    System.gc();
  }

  @Benchmark
  public List<PlannedContact> plan() {
    return engine.plan(campaign, list, DoNotCallList.empty(), now);
  }
}
