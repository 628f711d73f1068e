/** The Talkover REST API adapter: a CampaignQuery over Apache HttpClient 5, Jackson, MapStruct and Resilience4j. */
package ai.talkover.campaigns.adapter.http;
