package ai.talkover.archfixture.domain.internal.time;

/** A domain internal the planted adapter reaches into. */
public final class SomeTimeline {
  public static int offsetAt(long second) {
    return (int) (second % 3600);
  }
}
