package ai.talkover.archfixture.application;

import ai.talkover.archfixture.adapter.cache.CacheThing;

/** Planted violation: the application depends on an adapter. */
public class SomeService {
  CacheThing cache;
}
