package ai.talkover.archfixture.domain;

import ai.talkover.archfixture.domain.eligibility.internal.SomeIndex;

/** Planted: a domain class outside the engine that uses the engine's fast path. */
public final class FastPathUser {
  long position(String number) {
    return SomeIndex.find(number);
  }
}
