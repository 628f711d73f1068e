package ai.talkover.archfixture.adapter.phone;

/** Planted: one of two public classes of one adapter. */
public final class FirstEntry {}
