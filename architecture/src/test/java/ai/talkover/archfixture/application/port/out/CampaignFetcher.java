package ai.talkover.archfixture.application.port.out;

/** Planted violation: an out-port not named ...Query or ...List. */
public interface CampaignFetcher {}
