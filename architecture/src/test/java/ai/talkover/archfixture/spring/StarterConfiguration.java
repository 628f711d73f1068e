package ai.talkover.archfixture.spring;

import org.springframework.context.annotation.Configuration;

/** Allowed: the starter's package knows Spring. */
@Configuration
public class StarterConfiguration {}
