package ai.talkover.archfixture.nospring;

import org.springframework.stereotype.Component;

/** A planted violation: a class outside the starter that knows Spring. */
@Component
public class SpringAwareModel {}
