package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consumer's dependency tree (maven-dependency-plugin's, written before the tests run). */
class DependencyTreeTest {

  private static String tree() throws IOException {
    return Files.readString(Path.of(System.getProperty("dependency.tree")));
  }

  @Test
  void theTree_holdsTheWiredLibraryAndItsModules() throws IOException {
    String tree = tree();
    for (String artifact : List.of("talkover-campaigns-bootstrap", "talkover-campaigns-adapter-http",
        "talkover-campaigns-domain", "httpclient5", "caffeine")) {
      assertTrue(tree.contains(":" + artifact + ":"), artifact + " missing from\n" + tree);
    }
  }

  @Test
  void theTree_holdsNoCommandLineCsvStubServerOrBenchmarkLibrary() throws IOException {
    String tree = tree();
    for (String banned : List.of("info.picocli:", "org.apache.commons:commons-csv:", "org.wiremock:",
        "com.github.tomakehurst:", "org.openjdk.jmh:", "talkover-campaigns-testkit",
        "talkover-campaigns-cli")) {
      assertFalse(tree.contains(banned), banned + " is in the consumer's tree\n" + tree);
    }
  }
}
