package ai.talkover.archfixture.domain;

/** Planted violation: a domain class that depends on a library. */
public class LibraryUsingModel {
  org.slf4j.Logger logger;
}
