/**
 * Internal, not exported: reading the API's input as the rules say, shared by the model's packages:
 * vocabulary keys, E.164 normalisation, times of day and ISO-8601 instants.
 */
package ai.talkover.campaigns.domain.internal.input;
