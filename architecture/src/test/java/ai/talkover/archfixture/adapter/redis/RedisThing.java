package ai.talkover.archfixture.adapter.redis;

import ai.talkover.archfixture.adapter.http.HttpThing;

/** Planted violation: the Redis adapter depends on the HTTP adapter. */
public class RedisThing {
  HttpThing http;
}
