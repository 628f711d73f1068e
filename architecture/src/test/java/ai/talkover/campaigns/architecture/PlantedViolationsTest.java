package ai.talkover.campaigns.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that each rule reports a violation planted in the fixture packages under
 * {@code ai.talkover.archfixture}, so that no rule can silently check nothing.
 */
class PlantedViolationsTest {

  private static final String FIXTURES = "ai.talkover.archfixture";
  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    fixtures = new ClassFileImporter().importPackages(FIXTURES);
  }

  private static String report(ArchRule rule) {
    EvaluationResult result = rule.evaluate(fixtures);
    assertThat(result.hasViolation()).as("rule %s reports the planted violation", rule).isTrue();
    return String.join("\n", result.getFailureReport().getDetails());
  }

  @Test
  void onion_reportsDomainDependingOnApplication() {
    assertThat(report(ArchitectureRules.onion(FIXTURES)))
        .contains("archfixture.domain.LeakyModel")
        .contains("archfixture.application.SomeService");
  }

  @Test
  void onion_reportsRedisAdapterDependingOnTheHttpAdapter() {
    assertThat(report(ArchitectureRules.onion(FIXTURES)))
        .contains("archfixture.adapter.redis.RedisThing")
        .contains("archfixture.adapter.http.HttpThing");
  }

  @Test
  void onion_reportsAdapterDependingOnAnotherAdapter() {
    assertThat(report(ArchitectureRules.onion(FIXTURES)))
        .contains("archfixture.adapter.http.HttpThing")
        .contains("archfixture.adapter.cache.CacheThing");
  }

  @Test
  void domainAllowList_reportsLibraryDependency() {
    assertThat(report(ArchitectureRules.domainAllowList(FIXTURES)))
        .contains("archfixture.domain.LibraryUsingModel")
        .contains("org.slf4j");
  }

  @Test
  void domainNeverReadsClock_reportsEachClockRead() {
    assertThat(report(ArchitectureRules.domainNeverReadsClock(FIXTURES)))
        .contains("Instant.now()")
        .contains("LocalDateTime.now()")
        .contains("ZonedDateTime.now(")
        .contains("Clock.systemUTC()")
        .contains("System.currentTimeMillis()")
        .contains("System.nanoTime()");
  }

  @Test
  void applicationDependsOnDomainOnly_reportsAdapterDependency() {
    assertThat(report(ArchitectureRules.applicationDependsOnDomainOnly(FIXTURES)))
        .contains("archfixture.application.SomeService")
        .contains("archfixture.adapter.cache.CacheThing");
  }

  @Test
  void inPortsAreUseCases_reportsBadlyNamedPort() {
    assertThat(report(ArchitectureRules.inPortsAreUseCases(FIXTURES)))
        .contains("archfixture.application.port.in.Decider");
  }

  @Test
  void outPortsAreQueriesListsOrLookups_reportsBadlyNamedPorts() {
    assertThat(report(ArchitectureRules.outPortsAreQueriesListsOrLookups(FIXTURES)))
        .contains("archfixture.application.port.out.CampaignFetcher")
        .contains("archfixture.domain.contact.ZoneFinder");
  }

  @Test
  void domainModelNeverDependsOnTheEngine_reportsModelReachingIntoTheEngine() {
    assertThat(report(ArchitectureRules.domainModelNeverDependsOnTheEngine(FIXTURES)))
        .contains("archfixture.domain.campaign.EngineAwareCampaign")
        .contains("archfixture.domain.eligibility.SomeEngine");
  }

  @Test
  void engineInternalsAreOnlyUsedByTheEngine_reportsAnotherUser() {
    assertThat(report(ArchitectureRules.engineInternalsAreOnlyUsedByTheEngine(FIXTURES)))
        .contains("archfixture.domain.FastPathUser")
        .contains("archfixture.domain.eligibility.internal.SomeIndex");
  }

  @Test
  void domainInternalsStayInTheDomain_reportsAdapterUsingThem() {
    assertThat(report(ArchitectureRules.domainInternalsStayInTheDomain(FIXTURES)))
        .contains("archfixture.adapter.phone.InternalsUser")
        .contains("archfixture.domain.internal.time.SomeTimeline");
  }

  @Test
  void eachAdapterHasOnePublicEntryPoint_reportsBothEntryPoints() {
    assertThat(report(ArchitectureRules.eachAdapterHasOnePublicEntryPoint(FIXTURES)))
        .contains("archfixture.adapter.phone.FirstEntry")
        .contains("archfixture.adapter.phone.SecondEntry")
        .doesNotContain("InternalsUser is one of");
  }

  @Test
  void onlyTheStarterUsesSpring_reportsWiringThatKnowsSpring() {
    assertThat(report(ArchitectureRules.onlyTheStarterUsesSpring(FIXTURES)))
        .contains("archfixture.bootstrap.SpringAwareWiring")
        .contains("org.springframework")
        .doesNotContain("archfixture.spring.StarterConfiguration");
  }

  @Test
  void dtosAndMappers_reportsPublicDto() {
    assertThat(report(ArchitectureRules.dtosAndMappersStayInsideTheirAdapter(FIXTURES)))
        .contains("archfixture.adapter.http.LeakedDto");
  }

  @Test
  void libraryNeverDependsOnCli_reportsWiringThatCallsACommand() {
    assertThat(report(ArchitectureRules.libraryNeverDependsOnCli(FIXTURES)))
        .contains("archfixture.bootstrap.CommandCallingWiring")
        .contains("archfixture.cli.SomeCommand");
  }

  @Test
  void onlyCliUsesCliLibraries_reportsLibraryReadingCsv() {
    assertThat(report(ArchitectureRules.onlyCliUsesCliLibraries(FIXTURES)))
        .contains("archfixture.bootstrap.CsvReadingWiring")
        .contains("org.apache.commons.csv");
  }

  @Test
  void onlyCliUsesCliLibraries_letsTheCliUseThem() {
    EvaluationResult result = ArchitectureRules.onlyCliUsesCliLibraries(FIXTURES).evaluate(fixtures);
    assertThat(String.join("\n", result.getFailureReport().getDetails()))
        .doesNotContain("archfixture.cli.SomeCommand");
  }

  @Test
  void dtosAndMappers_reportsPublicDtoOfTheWireModule() {
    assertThat(report(ArchitectureRules.dtosAndMappersStayInsideTheirAdapter(FIXTURES)))
        .contains("archfixture.json.PublicCallDto");
  }

  @Test
  void wireModule_reportsDependencyOnTheApplication() {
    assertThat(report(ArchitectureRules.wireModuleDependsOnlyOnDomainAndItsLibraries(FIXTURES)))
        .contains("archfixture.json.PortAwareWireShape")
        .contains("archfixture.application.SomeService");
  }

  @Test
  void wireModule_reportsAnotherLibrary() {
    assertThat(report(ArchitectureRules.wireModuleDependsOnlyOnDomainAndItsLibraries(FIXTURES)))
        .contains("archfixture.json.LoggingWireReader")
        .contains("org.slf4j");
  }
}
