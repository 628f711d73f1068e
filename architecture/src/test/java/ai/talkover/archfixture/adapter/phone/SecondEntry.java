package ai.talkover.archfixture.adapter.phone;

/** Planted: the second public class of the same adapter. */
public final class SecondEntry {}
