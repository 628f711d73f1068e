package ai.talkover.archfixture.adapter.phone;

import ai.talkover.archfixture.domain.internal.time.SomeTimeline;

/** Planted: an adapter that uses a domain internal, which module-info does not export. */
final class InternalsUser {
  int offset(long second) {
    return SomeTimeline.offsetAt(second);
  }
}
