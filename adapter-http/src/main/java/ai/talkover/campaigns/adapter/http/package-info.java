/**
 * The Talkover REST API adapter: a {@link ai.talkover.campaigns.application.port.out.CampaignQuery}
 * over Apache HttpClient 5, the wire module (Jackson, MapStruct) and Resilience4j.
 *
 * <p>Public surface: {@link ai.talkover.campaigns.adapter.http.TalkoverHttpCampaignQuery} (the entry
 * point, with its builder, sleeper and exchange-listener types) and
 * {@link ai.talkover.campaigns.adapter.http.CampaignJson} (reads a saved campaign body). The JSON
 * shapes live in the wire module ({@code ai.talkover.campaigns.json}); its codec and the transport
 * are package-private.
 */
package ai.talkover.campaigns.adapter.http;
