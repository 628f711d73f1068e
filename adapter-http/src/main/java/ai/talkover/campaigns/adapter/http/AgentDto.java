package ai.talkover.campaigns.adapter.http;

/**
 * The {@code agent} block of Get and List Campaign. Unknown members are ignored (read-only display
 * data with no extension slot in the domain).
 *
 * @param id the agent id; nullable
 * @param name the agent name; nullable
 * @param label the agent label; nullable
 */
record AgentDto(String id, String name, String label) {}
