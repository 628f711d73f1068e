package ai.talkover.archfixture.domain.eligibility;

/** An engine the planted model class reaches into. */
public final class SomeEngine {
  public static int prepare() {
    return 1;
  }
}
