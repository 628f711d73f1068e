package ai.talkover.archfixture.domain;

import ai.talkover.archfixture.application.SomeService;

/** Planted violation: the domain depends on the application layer. */
public class LeakyModel {
  SomeService service;
}
