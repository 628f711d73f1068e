/**
 * Test support for users of talkover-campaigns: a local Talkover stub server and port contract tests.
 *
 * <ul>
 *   <li>{@link ai.talkover.campaigns.testkit.TalkoverStubServer}: a Talkover-compatible HTTP server
 *       (Get Campaign, List Campaigns, Bearer token, faults, request inspection) on WireMock.
 *   <li>{@link ai.talkover.campaigns.testkit.FaultSpec}: the faults it can inject.
 *   <li>{@link ai.talkover.campaigns.testkit.CampaignJsonBuilder} and
 *       {@link ai.talkover.campaigns.testkit.TalkoverFixtures}: campaign JSON written from code, and
 *       the documented bodies.
 *   <li>{@link ai.talkover.campaigns.testkit.InMemoryCampaignQuery}: a thread-safe
 *       {@code CampaignQuery} fake with programmable failures and call counts.
 *   <li>{@link ai.talkover.campaigns.testkit.CampaignQueryContract}: the abstract JUnit 5 test every
 *       {@code CampaignQuery} implementation's test extends.
 * </ul>
 *
 * Everything else in the package is internal.
 */
package ai.talkover.campaigns.testkit;
