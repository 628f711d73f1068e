package ai.talkover.archfixture.json;

/** Planted violation: a public DTO in the wire module. */
public record PublicCallDto(String id) {}
