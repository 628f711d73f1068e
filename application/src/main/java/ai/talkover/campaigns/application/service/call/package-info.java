/**
 * The call gate ({@link ai.talkover.campaigns.application.service.call.CallGateService}) and its
 * in-process parts: one holder per number, the history of its own attempts.
 */
package ai.talkover.campaigns.application.service.call;
