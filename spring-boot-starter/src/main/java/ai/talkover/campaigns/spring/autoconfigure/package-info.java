/**
 * Spring Boot auto-configuration of talkover-campaigns: {@link
 * ai.talkover.campaigns.spring.autoconfigure.TalkoverAutoConfiguration} and its {@code talkover.*}
 * {@link ai.talkover.campaigns.spring.autoconfigure.TalkoverProperties}.
 */
package ai.talkover.campaigns.spring.autoconfigure;
