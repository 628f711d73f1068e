package ai.talkover.campaigns.spring.autoconfigure;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Spring stays in this module: every other module is framework-free (the README promises it, and the
 * library's users may use any framework or none). The rule is proven by a planted violation.
 */
class NoSpringOutsideTheStarterTest {

  static ArchRule noSpringOutside(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..")
        .and().resideOutsideOfPackage(root + ".spring..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
        .because("only the Spring Boot starter knows Spring; the library works with any framework or none");
  }

  @Test
  void noModuleButTheStarter_dependsOnSpring() {
    JavaClasses product = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // The project's own classes only: directories in a reactor build, talkover-campaigns jars otherwise.
        .withImportOption(location -> !location.isJar() || location.contains("talkover-campaigns"))
        .importPackages("ai.talkover.campaigns");
    // The import must see the other modules, or the rule would check nothing.
    assertThat(product.containPackage("ai.talkover.campaigns.domain")).isTrue();
    assertThat(product.containPackage("ai.talkover.campaigns.bootstrap")).isTrue();
    assertThat(product.containPackage("ai.talkover.campaigns.adapter.http")).isTrue();
    noSpringOutside("ai.talkover.campaigns").check(product);
  }

  @Test
  void aPlantedSpringDependency_isReported() {
    JavaClasses fixture = new ClassFileImporter()
        .withImportOption(location -> !location.isJar())
        .importPackages("ai.talkover.archfixture");
    assertThat(noSpringOutside("ai.talkover.archfixture").evaluate(fixture).getFailureReport().getDetails())
        .anySatisfy(line -> assertThat(line).contains("SpringAwareModel").contains("org.springframework"));
  }
}
