package ai.talkover.archfixture.json;

import ai.talkover.archfixture.application.SomeService;

/** Planted violation: the wire module depending on the application (it may know only the domain). */
final class PortAwareWireShape {

  SomeService service;
}
