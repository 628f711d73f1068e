package ai.talkover.campaigns.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.talkover.campaigns.application.port.out.CampaignQuery;
import ai.talkover.campaigns.domain.campaign.CampaignId;
import ai.talkover.campaigns.testkit.TalkoverStubServer;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The starter with micrometer-core but without resilience4j-micrometer. A {@code FilteredClassLoader}
 * hides a class from the context's conditions only, while the library looks for resilience4j-micrometer
 * with its own class loader; so the application runs here in a class loader of the test class path
 * without the resilience4j-micrometer jar, as an application that does not depend on it.
 */
class MicrometerCoreOnlyTest {

  private static final String TOKEN = "talq_starter_test_secret";
  private static final String RESILIENCE4J_MICROMETER =
      "io.github.resilience4j.micrometer.tagged.TaggedRetryMetricsPublisher";

  @Test
  void withMicrometerCoreOnly_aRegistryBeanGetsTheHttpAndCacheMetersAndNoResilience4jMeters()
      throws Exception {
    try (TalkoverStubServer server = TalkoverStubServer.builder().token(TOKEN).withFixtures().start();
        URLClassLoader app = classPathWithout("resilience4j-micrometer")) {
      assertThatThrownBy(() -> Class.forName(RESILIENCE4J_MICROMETER, false, app))
          .isInstanceOf(ClassNotFoundException.class);
      assertThat(Class.forName(MeterRegistry.class.getName(), false, app).getClassLoader())
          .isSameAs(app);

      List<String> meters = runIn(app, server.rootUrl());

      assertThat(meters).contains("talkover.http.client.requests", "cache.gets")
          .noneMatch(name -> name.startsWith("resilience4j"));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> runIn(ClassLoader app, String baseUrl) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(app);
    try {
      Class<?> probe = Class.forName(Probe.class.getName(), true, app);
      assertThat(probe).isNotSameAs(Probe.class);
      return ((BiFunction<String, String, List<String>>) probe.getConstructor().newInstance())
          .apply(TOKEN, baseUrl);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** The test class path (surefire's, else the JVM's) without the jars whose name starts so. */
  private static URLClassLoader classPathWithout(String jarPrefix) throws MalformedURLException {
    String classPath = System.getProperty("surefire.test.class.path",
        System.getProperty("java.class.path"));
    List<URL> urls = new ArrayList<>();
    boolean excluded = false;
    for (String entry : classPath.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path path = Path.of(entry);
      if (path.getFileName().toString().startsWith(jarPrefix)) {
        excluded = true;
      } else {
        urls.add(path.toUri().toURL());
      }
    }
    assertThat(excluded).as("%s on the test class path %s", jarPrefix, classPath).isTrue();
    return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
  }

  /**
   * Runs in the other class loader: the auto-configuration with a registry bean, one campaign read;
   * answers the names of the meters registered.
   */
  public static final class Probe implements BiFunction<String, String, List<String>> {

    /** For reflection. */
    public Probe() {}

    @Override
    public List<String> apply(String token, String baseUrl) {
      SimpleMeterRegistry registry = new SimpleMeterRegistry();
      List<String> names = new ArrayList<>();
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(TalkoverAutoConfiguration.class))
          .withPropertyValues("talkover.api.token=" + token, "talkover.api.base-url=" + baseUrl)
          .withBean(MeterRegistry.class, () -> registry)
          .run(context -> {
            context.getBean(CampaignQuery.class).get(CampaignId.of("campaign-uuid-1"));
            for (Meter meter : registry.getMeters()) {
              names.add(meter.getId().getName());
            }
          });
      return names;
    }
  }
}
