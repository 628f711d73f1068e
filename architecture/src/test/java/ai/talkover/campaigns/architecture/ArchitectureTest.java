package ai.talkover.campaigns.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The product's architecture rules, checked on every class of every module (tests excluded). */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  static final String ROOT = "ai.talkover.campaigns";

  @ArchTest
  static final ArchRule onion_adapters_point_inward_and_never_at_each_other =
      ArchitectureRules.onion(ROOT);

  @ArchTest
  static final ArchRule domain_depends_only_on_java_and_itself = ArchitectureRules.domainAllowList(ROOT);

  @ArchTest
  static final ArchRule domain_never_reads_a_clock = ArchitectureRules.domainNeverReadsClock(ROOT);

  @ArchTest
  static final ArchRule application_depends_only_on_domain =
      ArchitectureRules.applicationDependsOnDomainOnly(ROOT);

  @ArchTest
  static final ArchRule in_ports_are_named_use_case = ArchitectureRules.inPortsAreUseCases(ROOT);

  @ArchTest
  static final ArchRule out_ports_are_named_query_list_or_lookup =
      ArchitectureRules.outPortsAreQueriesListsOrLookups(ROOT);

  @ArchTest
  static final ArchRule the_domain_model_never_depends_on_the_engine =
      ArchitectureRules.domainModelNeverDependsOnTheEngine(ROOT);

  @ArchTest
  static final ArchRule the_engine_internals_are_used_by_the_engine_only =
      ArchitectureRules.engineInternalsAreOnlyUsedByTheEngine(ROOT);

  @ArchTest
  static final ArchRule the_domain_internals_stay_in_the_domain =
      ArchitectureRules.domainInternalsStayInTheDomain(ROOT);

  @ArchTest
  static final ArchRule each_adapter_has_one_public_entry_point =
      ArchitectureRules.eachAdapterHasOnePublicEntryPoint(ROOT);

  @ArchTest
  static final ArchRule the_library_never_depends_on_the_cli = ArchitectureRules.libraryNeverDependsOnCli(ROOT);

  @ArchTest
  static final ArchRule only_the_cli_uses_picocli_and_commons_csv = ArchitectureRules.onlyCliUsesCliLibraries(ROOT);

  @ArchTest
  static final ArchRule only_the_spring_boot_starter_uses_spring =
      ArchitectureRules.onlyTheStarterUsesSpring(ROOT);

  @ArchTest
  static final ArchRule dtos_and_mappers_are_package_private =
      ArchitectureRules.dtosAndMappersStayInsideTheirAdapter(ROOT);

  @ArchTest
  static final ArchRule wire_module_depends_only_on_domain_jackson_and_mapstruct =
      ArchitectureRules.wireModuleDependsOnlyOnDomainAndItsLibraries(ROOT);
}
