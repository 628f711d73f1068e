package ai.talkover.archfixture.adapter.cache;

/** A cache adapter class, target of planted violations. */
public class CacheThing {}
