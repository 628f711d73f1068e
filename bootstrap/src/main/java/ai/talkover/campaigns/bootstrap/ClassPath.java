package ai.talkover.campaigns.bootstrap;

/**
 * Which optional libraries the application has on its class path. The wiring binds an optional part
 * only when its library is there, and never loads a class of a library that is not. Stateless.
 */
final class ClassPath {

  /** resilience4j-micrometer: the retry and circuit-breaker meters. */
  static final String RESILIENCE4J_MICROMETER =
      "io.github.resilience4j.micrometer.tagged.TaggedRetryMetricsPublisher";
  /** libphonenumber: parsing numbers. */
  static final String LIBPHONENUMBER = "com.google.i18n.phonenumbers.PhoneNumberUtil";
  /** libphonenumber's geocoder artifact: the time zones of a number. */
  static final String LIBPHONENUMBER_TIME_ZONES =
      "com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper";

  private ClassPath() {}

  /**
   * Whether a class can be loaded by the class loader that loaded this library, without
   * initialising it.
   *
   * @param className the binary name
   * @return true when it is present
   */
  static boolean has(String className) {
    try {
      Class.forName(className, false, ClassPath.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
