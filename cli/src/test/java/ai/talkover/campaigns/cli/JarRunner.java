package ai.talkover.campaigns.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built executable jar as a user does: {@code java [jvm options] -jar talkover-campaigns.jar
 * args}, with a given environment, capturing stdout and stderr.
 */
final class JarRunner {

  record Result(int exitCode, String out, String err) {}

  private final Path jar;
  private final Path workDir;

  JarRunner(Path workDir) {
    String path = System.getProperty("talkover.cli.jar");
    if (path == null) {
      throw new IllegalStateException("talkover.cli.jar is not set: run the *IT tests with failsafe");
    }
    this.jar = Path.of(path);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: run after package");
    }
    this.workDir = workDir;
  }

  Result run(List<String> jvmOptions, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile());
    pb.environment().remove("TALKOVER_API_TOKEN");
    pb.environment().remove("TALKOVER_BASE_URL");
    pb.environment().remove("TALKOVER_REDIS_URL");
    pb.environment().remove("TALKOVER_RATE_LIMIT");
    pb.environment().putAll(env);
    try {
      // Unique names: tests run several processes at once.
      Path out = Files.createTempFile(workDir, "stdout-", ".txt");
      Path err = Files.createTempFile(workDir, "stderr-", ".txt");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("the jar did not finish in 120 s: " + command);
      }
      return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  Result run(Map<String, String> env, String... args) {
    return run(List.of(), env, args);
  }

  Result run(String... args) {
    return run(List.of(), Map.of(), args);
  }
}
