/** Services implementing the in-ports on top of the out-ports and the domain. */
package ai.talkover.campaigns.application.service;
