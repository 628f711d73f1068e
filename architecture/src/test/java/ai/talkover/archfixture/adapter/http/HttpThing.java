package ai.talkover.archfixture.adapter.http;

import ai.talkover.archfixture.adapter.cache.CacheThing;

/** Planted violation: one adapter depends on another. */
public class HttpThing {
  CacheThing cache;
}
