package ai.talkover.campaigns.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * What a block of a test wrote to standard error, where slf4j-simple logs: for tests that assert what
 * the library logs (a level, a message, that the token never appears). Swaps {@link System#err}
 * for the block and restores it after, whatever the block threw; not for tests that run in parallel
 * with others that write to standard error.
 */
public final class StandardErrorCapture {

  private StandardErrorCapture() {}

  /** A block that may throw. */
  @FunctionalInterface
  public interface Block {
    /**
     * Runs the block.
     *
     * @throws Exception whatever it throws
     */
    void run() throws Exception;
  }

  /**
   * A block's value and what it wrote.
   *
   * @param value what the block returned
   * @param text what it wrote to standard error (UTF-8)
   * @param <T> the value's type
   */
  public record Captured<T>(T value, String text) {}

  /**
   * Runs a block and answers what it wrote to standard error.
   *
   * @param block the block; not {@code null}
   * @return the text written (UTF-8)
   * @throws Exception what the block threw (standard error restored)
   */
  public static String during(Block block) throws Exception {
    return capture(() -> {
      block.run();
      return null;
    }).text();
  }

  /**
   * Runs a block and answers its value with what it wrote to standard error.
   *
   * @param block the block; not {@code null}
   * @param <T> the value's type
   * @return the value and the text written (UTF-8)
   * @throws Exception what the block threw (standard error restored)
   */
  public static <T> Captured<T> capture(Callable<T> block) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      T value = block.call();
      return new Captured<>(value, captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(original);
    }
  }
}
