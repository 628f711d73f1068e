package com.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What `./mvnw install` put into the consumer's local repository, as a release would publish it. */
class InstalledArtifactsTest {

  private static final List<String> LIBRARIES = List.of("domain", "json", "application", "adapter-http",
      "adapter-cache", "adapter-phone", "testkit", "bootstrap");

  private static Path artifact(String module, String suffix) {
    String id = "talkover-campaigns-" + module;
    String version = System.getProperty("talkover.version");
    return Path.of(System.getProperty("local.repository"), "ai", "talkover", "campaigns", id, version,
        id + "-" + version + suffix);
  }

  @Test
  void everyLibrary_hasSourcesAndJavadocJars_andAnAutomaticModuleName() throws IOException {
    for (String module : LIBRARIES) {
      assertTrue(Files.isRegularFile(artifact(module, "-sources.jar")), module + " sources jar");
      assertTrue(Files.isRegularFile(artifact(module, "-javadoc.jar")), module + " javadoc jar");
      try (JarFile jar = new JarFile(artifact(module, ".jar").toFile())) {
        String name = jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
        if (jar.getEntry("module-info.class") != null) {
          assertEquals(null, name, module + " has a module-info; no Automatic-Module-Name beside it");
        } else {
          assertNotNull(name, module + " Automatic-Module-Name");
          assertEquals("ai.talkover.campaigns." + module.replace('-', '.'), name);
        }
      }
      try (JarFile javadoc = new JarFile(artifact(module, "-javadoc.jar").toFile())) {
        assertNotNull(javadoc.getEntry("index.html"), module + " javadoc index.html");
      }
    }
  }

  @Test
  void theDomain_isANamedModule() throws IOException {
    try (JarFile jar = new JarFile(artifact("domain", ".jar").toFile())) {
      assertNotNull(jar.getEntry("module-info.class"), "domain module-info.class");
    }
  }

  @Test
  void consumerPoms_areFlattened_noParentNoBuild() throws IOException {
    for (String module : LIBRARIES) {
      String pom = Files.readString(artifact(module, ".pom"));
      assertFalse(pom.contains("<parent>"), module + " POM names a parent");
      assertFalse(pom.contains("<build>"), module + " POM holds its build");
      assertFalse(pom.contains("<pluginManagement>"), module + " POM holds plugin management");
    }
    String bom = Files.readString(artifact("bom", ".pom"));
    assertTrue(bom.contains("<artifactId>talkover-campaigns-bootstrap</artifactId>"), bom);
    assertFalse(bom.contains("<artifactId>jackson-bom</artifactId>"), "the BOM manages only our artifacts");
  }
}
