package ai.talkover.campaigns.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java snippet of the README is, character for character, a region of a test that compiles and
 * runs it: {@code ReadmeSnippetsTest} here, and the consumer project of {@code release-test} for the
 * wired one. A region runs from a {@code // README:name} line to a {@code // README:end} line; its
 * common indentation is removed before comparing.
 */
class ReadmeTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  static List<String> readmeJavaBlocks() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  static List<String> regions(Path source) throws IOException {
    List<String> regions = new ArrayList<>();
    List<String> current = null;
    for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
      String t = line.trim();
      if (t.startsWith("// README:end")) {
        regions.add(dedent(current));
        current = null;
      } else if (t.startsWith("// README:")) {
        current = new ArrayList<>();
      } else if (current != null) {
        current.add(line);
      }
    }
    assertThat(current).as(source + ": a README region without its end marker").isNull();
    return regions;
  }

  private static String dedent(List<String> lines) {
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      sb.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return sb.toString();
  }

  @Test
  void everyJavaSnippetOfTheReadme_isVerbatimInReadmeSnippetsTest_inOrder() throws IOException {
    List<String> blocks = readmeJavaBlocks();

    assertThat(blocks).as("the README's Java snippets").hasSizeGreaterThanOrEqualTo(2);
    assertThat(regions(Path.of("src/test/java/ai/talkover/campaigns/bootstrap/ReadmeSnippetsTest.java")))
        .as("README:… regions of ReadmeSnippetsTest: copy each README snippet there verbatim")
        .containsExactlyElementsOf(blocks);
  }

  @Test
  void theWiredSnippet_isVerbatimInTheConsumerProject() throws IOException {
    String wired = readmeJavaBlocks().get(0);
    Path consumer = ROOT.resolve(
        "release-test/src/it/consumer/src/test/java/com/example/consumer/ReadmeSnippetTest.java");

    assertThat(wired).contains("TalkoverCampaigns.builder()");
    assertThat(regions(consumer)).as(consumer + ": the wired README snippet, verbatim").containsExactly(wired);
  }
}
