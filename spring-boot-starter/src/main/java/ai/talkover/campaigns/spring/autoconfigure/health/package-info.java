/** The actuator's {@code talkover} health component. */
package ai.talkover.campaigns.spring.autoconfigure.health;
