/**
 * Ports and use cases: what the library offers ({@code port.in}), what it needs from the outside
 * ({@code port.out}), and the services that join them to the domain. Depends on the domain only.
 */
package ai.talkover.campaigns.application;
