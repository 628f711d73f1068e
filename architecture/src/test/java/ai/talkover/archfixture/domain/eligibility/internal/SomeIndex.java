package ai.talkover.archfixture.domain.eligibility.internal;

/** An engine fast path the planted classes reach into. */
public final class SomeIndex {
  public static long find(String number) {
    return number.length();
  }
}
