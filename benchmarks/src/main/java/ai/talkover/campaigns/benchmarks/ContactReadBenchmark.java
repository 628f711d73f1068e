package ai.talkover.campaigns.benchmarks;

import ai.talkover.campaigns.domain.contact.Contact;
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
 * For reference, no bar: what no plan can skip, reading each contact's number once (its sort key, in
 * the list's order, into an array), on {@link PlanBenchmark}'s input. The report prints its cost per
 * contact beside the plan's, so that the part of the plan's growth from 100,000 to 1,000,000 contacts
 * that is the machine's memory (a shuffled list outgrowing the cache) is told apart from the plan's
 * own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class ContactReadBenchmark {

  @Param({"100000", "1000000"})
  public int contacts;

  private List<Contact> list;
  private ContactLists input;

  @Setup
  public void setUp() {
    input = ContactLists.of(contacts);
    list = input.contacts();
    System.gc();
  }

  @Benchmark
  public long[] readNumbers() {
    long[] keys = new long[list.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = list.get(i).number().sortKey();
    }
    return keys;
  }
}
