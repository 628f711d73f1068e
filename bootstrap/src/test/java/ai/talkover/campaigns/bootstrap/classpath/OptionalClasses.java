package ai.talkover.campaigns.bootstrap.classpath;

/** Whether a class is on this test's class path: each test first proves it runs without its library. */
final class OptionalClasses {

  private OptionalClasses() {}

  static boolean present(String className) {
    try {
      Class.forName(className, false, OptionalClasses.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
