package ai.talkover.archfixture.bootstrap;

import org.springframework.stereotype.Component;

/** Planted violation: wiring outside the starter that knows Spring. */
@Component
public class SpringAwareWiring {}
