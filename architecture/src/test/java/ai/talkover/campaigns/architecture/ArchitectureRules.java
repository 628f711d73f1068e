package ai.talkover.campaigns.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The architecture rules, parameterised by the root package so that the same definitions check the
 * product ({@code ai.talkover.campaigns}) and the planted-violation fixtures.
 */
final class ArchitectureRules {

  private ArchitectureRules() {}

  private static final Set<String> NOW_TYPES = Set.of(
      "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
      "java.time.ZonedDateTime", "java.time.OffsetDateTime", "java.time.OffsetTime",
      "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

  /** Calls that read the system clock. */
  static final DescribedPredicate<JavaMethodCall> READS_CLOCK =
      new DescribedPredicate<>("read the system clock (Instant.now, LocalDate(Time).now, "
          + "ZonedDateTime.now, Clock.system*, System.currentTimeMillis, System.nanoTime)") {
        @Override
        public boolean test(JavaMethodCall call) {
          String owner = call.getTargetOwner().getName();
          String name = call.getName();
          return (name.equals("now") && NOW_TYPES.contains(owner))
              || (owner.equals("java.time.Clock") && name.startsWith("system"))
              || (owner.equals("java.lang.System")
                  && (name.equals("currentTimeMillis") || name.equals("nanoTime")));
        }
      };

  static ArchRule onion(String root) {
    return onionArchitecture()
        .domainModels(root + ".domain..")
        .applicationServices(root + ".application..")
        .adapter("http", root + ".adapter.http..")
        .adapter("cache", root + ".adapter.cache..")
        .adapter("phone", root + ".adapter.phone..")
        .adapter("redis", root + ".adapter.redis..")
        .adapter("testkit", root + ".testkit..")
        .withOptionalLayers(true)
        // The composition roots (the wired library, the command-line tool, the Spring Boot starter,
        // and the benchmarks built on them) may know every layer.
        .ignoreDependency(
            resideInAnyPackage(root + ".bootstrap..", root + ".cli..", root + ".spring..",
                root + ".benchmarks.."),
            DescribedPredicate.alwaysTrue())
        // The wire module sits beside the onion, on the domain: its own rule
        // (wireModuleDependsOnlyOnDomainAndItsLibraries) says what it may use.
        .ignoreDependency(resideInAnyPackage(root + ".json.."), resideInAnyPackage(root + ".domain.."))
        .because("dependencies point inward: adapters -> application -> domain, and adapters never"
            + " depend on each other (only the composition roots bootstrap and cli wire them)");
  }

  static ArchRule libraryNeverDependsOnCli(String root) {
    return noClasses()
        .that().resideOutsideOfPackage(root + ".cli..")
        .should().dependOnClassesThat().resideInAPackage(root + ".cli..")
        .because("the command-line tool sits on top of the wired library: a team that adds the"
            + " library gets no command, no demo and no CLI library");
  }

  static ArchRule onlyTheStarterUsesSpring(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".spring..")
        .should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
        .because("only the Spring Boot starter knows Spring: the library works with any framework or"
            + " none");
  }

  static ArchRule onlyCliUsesCliLibraries(String root) {
    return noClasses()
        .that().resideInAPackage(root + "..").and().resideOutsideOfPackage(root + ".cli..")
        .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.apache.commons.csv..")
        .because("picocli and commons-csv are the command-line tool's libraries, never the"
            + " library's dependencies");
  }

  static ArchRule domainAllowList(String root) {
    return classes()
        .that().resideInAPackage(root + ".domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..")
        .because("the domain is pure Java: no library, no framework, no other module");
  }

  static ArchRule domainNeverReadsClock(String root) {
    return noClasses()
        .that().resideInAPackage(root + ".domain..")
        .should().callMethodWhere(READS_CLOCK)
        .because("time is always an argument of the domain: callers pass now, tests stay exact");
  }

  static ArchRule applicationDependsOnDomainOnly(String root) {
    return classes()
        .that().resideInAPackage(root + ".application..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", root + ".domain..", root + ".application..")
        .because("ports and use cases know the domain and nothing of the infrastructure");
  }

  /** Sealed interfaces are result types of a use case (its outcomes), not ports. */
  private static final DescribedPredicate<JavaClass> SEALED =
      new DescribedPredicate<>("sealed (a use case's result type)") {
        @Override
        public boolean test(JavaClass c) {
          return c.reflect().isSealed();
        }
      };

  static ArchRule inPortsAreUseCases(String root) {
    return classes()
        .that().resideInAPackage(root + ".application.port.in..")
        .and().areInterfaces().and().doNotHaveSimpleName("package-info")
        .and(DescribedPredicate.not(SEALED))
        .should().haveSimpleNameEndingWith("UseCase")
        .because("in-ports are named ...UseCase (README: naming of ports)");
  }

  /**
   * The out-ports: the interfaces of {@code application.port.out} and the domain's functional
   * interfaces (the ports the engine reads, {@code DoNotCallList} and {@code RecipientZoneLookup}).
   */
  private static DescribedPredicate<JavaClass> outPorts(String root) {
    return DescribedPredicate.describe("out-ports (interfaces of application.port.out, functional"
        + " interfaces of the domain)", c -> c.isInterface() && !c.getSimpleName().equals("package-info")
            && (c.getPackageName().startsWith(root + ".application.port.out")
                || (c.getPackageName().startsWith(root + ".domain")
                    && c.isAnnotatedWith(FunctionalInterface.class))));
  }

  static ArchRule outPortsAreQueriesListsOrLookups(String root) {
    return classes()
        .that(outPorts(root))
        .should().haveSimpleNameEndingWith("Query")
        .orShould().haveSimpleNameEndingWith("List")
        .orShould().haveSimpleNameEndingWith("Lookup")
        .orShould().haveSimpleNameEndingWith("Commands")
        .orShould().haveSimpleNameEndingWith("Ledger")
        .orShould().haveSimpleNameEndingWith("Budget")
        .because("out-ports are narrow and named for the answer they give: ...Query (records by id or"
            + " filter), ...List (is a number in it), ...Lookup (a value for a key), ...Commands (the"
            + " changes it makes), ...Ledger (a shared record that is read and reserved in), ...Budget"
            + " (a limit spent before each request); README: naming of ports");
  }

  /** The domain's model packages, which the engine reads. */
  private static String[] model(String root) {
    return new String[] {root + ".domain.campaign..", root + ".domain.contact..",
        root + ".domain.schedule..", root + ".domain.compliance.."};
  }

  static ArchRule domainModelNeverDependsOnTheEngine(String root) {
    return noClasses()
        .that().resideInAnyPackage(model(root))
        .should().dependOnClassesThat().resideInAPackage(root + ".domain.eligibility..")
        .because("the model holds no engine structure: the engine prepares what it needs from the"
            + " model's values (eligibility.internal.PreparedCampaign), never the other way round");
  }

  static ArchRule engineInternalsAreOnlyUsedByTheEngine(String root) {
    return classes()
        .that().resideInAnyPackage(
            root + ".domain.eligibility.internal..", root + ".domain.eligibility.rules..")
        .should().onlyHaveDependentClassesThat().resideInAPackage(root + ".domain.eligibility..")
        .because("the rules and the engine's fast paths (call index, bit sets, packed sorts) are the"
            + " engine's business; module-info does not export them");
  }

  static ArchRule domainInternalsStayInTheDomain(String root) {
    return noClasses()
        .that().resideOutsideOfPackage(root + ".domain..")
        .should().dependOnClassesThat().resideInAPackage(root + ".domain..internal..")
        .because("module-info exports only the domain's API packages; code on the class path is held"
            + " to the same");
  }

  static ArchRule eachAdapterHasOnePublicEntryPoint(String root) {
    return classes()
        .that().resideInAPackage(root + ".adapter..").and().arePublic().and().areTopLevelClasses()
        .and().areNotInterfaces().and().areNotRecords().and().areNotEnums()
        .and().areNotAssignableTo(Throwable.class)
        .should(beTheOnlyOneOfTheirAdapter(root))
        .because("an adapter exposes one entry point (besides the values and listeners its API"
            + " names); everything else is package-private");
  }

  /** Reports a class when its adapter ({@code root.adapter.<name>}) has another one. */
  private static ArchCondition<JavaClass> beTheOnlyOneOfTheirAdapter(String root) {
    return new ArchCondition<>("be the only public class of their adapter") {
      private final Map<String, List<String>> byAdapter = new HashMap<>();

      @Override
      public void init(Collection<JavaClass> all) {
        byAdapter.clear();
        for (JavaClass c : all) {
          byAdapter.computeIfAbsent(adapterOf(c), a -> new ArrayList<>()).add(c.getName());
        }
      }

      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> classes = byAdapter.get(adapterOf(c));
        if (classes.size() > 1) {
          events.add(SimpleConditionEvent.violated(c, c.getName() + " is one of " + classes.size()
              + " public classes of adapter " + adapterOf(c) + ": " + classes));
        }
      }

      private String adapterOf(JavaClass c) {
        String rest = c.getPackageName().substring((root + ".adapter.").length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
      }
    };
  }

  static ArchRule dtosAndMappersStayInsideTheirAdapter(String root) {
    return classes()
        .that().resideInAnyPackage(root + ".adapter..", root + ".json..")
        .and().haveSimpleNameEndingWith("Dto").or().haveSimpleNameEndingWith("Mapper")
        .should().notBePublic()
        .because("DTOs and mappers are the adapter's (or the wire module's) business: the wire"
            + " format never leaks into the public API");
  }

  static ArchRule wireModuleDependsOnlyOnDomainAndItsLibraries(String root) {
    return classes()
        .that().resideInAPackage(root + ".json..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", root + ".domain..",
            root + ".json..", "com.fasterxml.jackson..", "org.mapstruct..",
            "javax.annotation.processing..")
        .because("the wire module is not an adapter: it knows the domain, Jackson and MapStruct, and"
            + " the adapters, the testkit and the command-line tool use it");
  }
}
