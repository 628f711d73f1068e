package ai.talkover.archfixture.application.port.in;

/** Planted violation: an in-port not named ...UseCase. */
public interface Decider {}
