package ai.talkover.campaigns.domain;

/**
 * The campaign's voice agent, as shown by Get Campaign. Read-only information.
 *
 * @param id the agent id; nullable
 * @param name its name; nullable
 * @param label its label; nullable
 */
public record Agent(String id, String name, String label) {}
