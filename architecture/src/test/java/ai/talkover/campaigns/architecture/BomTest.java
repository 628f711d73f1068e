package ai.talkover.campaigns.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM lists exactly the reactor's published artifacts: every module that is installed (its POM
 * does not set {@code maven.install.skip}) and is not the BOM or the parent itself.
 */
class BomTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void bom_managesEveryPublishedModule_andNothingElse() throws Exception {
    List<String> published = new ArrayList<>();
    for (String module : children(parse(ROOT.resolve("pom.xml")), "modules", "module")) {
      Document pom = parse(ROOT.resolve(module).resolve("pom.xml"));
      String artifactId = text(pom.getDocumentElement(), "artifactId");
      if (!artifactId.equals("talkover-campaigns-bom") && !skipsInstall(pom)) {
        published.add(artifactId);
      }
    }
    Document bom = parse(ROOT.resolve("bom/pom.xml"));
    List<String> managed = new ArrayList<>();
    Element management = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
    NodeList deps = management.getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      Element dep = (Element) deps.item(i);
      assertThat(text(dep, "groupId")).isEqualTo("ai.talkover.campaigns");
      assertThat(text(dep, "version")).isEqualTo("${project.version}");
      managed.add(text(dep, "artifactId"));
    }

    assertThat(published).as("published modules of the reactor").contains(
        "talkover-campaigns-domain", "talkover-campaigns-bootstrap");
    assertThat(managed).as("bom/pom.xml dependencyManagement: add every published module there")
        .containsExactlyInAnyOrderElementsOf(published);
  }

  @Test
  void unpublishedModules_skipInstall() throws Exception {
    for (String module : List.of("benchmarks", "cli", "architecture", "release-test",
        "examples/spring-boot-dialer")) {
      assertThat(skipsInstall(parse(ROOT.resolve(module).resolve("pom.xml")))).as(module).isTrue();
    }
  }

  private static boolean skipsInstall(Document pom) {
    NodeList skip = pom.getElementsByTagName("maven.install.skip");
    return skip.getLength() > 0 && skip.item(0).getTextContent().trim().equals("true");
  }

  private static Document parse(Path file) throws Exception {
    if (!Files.isRegularFile(file)) {
      throw new IOException("no POM at " + file);
    }
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static List<String> children(Document doc, String parent, String child) {
    List<String> out = new ArrayList<>();
    Element p = (Element) doc.getElementsByTagName(parent).item(0);
    NodeList nodes = p.getElementsByTagName(child);
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().trim());
    }
    return out;
  }

  /** The text of a direct child element. */
  private static String text(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError(parent.getTagName() + " has no <" + name + ">");
  }
}
