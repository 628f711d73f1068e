package ai.talkover.archfixture.adapter.http;

/** Planted violation: a public DTO. */
public record LeakedDto(String id) {}
