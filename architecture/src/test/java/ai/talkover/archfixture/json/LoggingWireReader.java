package ai.talkover.archfixture.json;

/** Planted violation: the wire module using a library other than Jackson and MapStruct. */
final class LoggingWireReader {

  org.slf4j.Logger log;
}
