package ai.talkover.campaigns.adapter.http;

/**
 * One entry of {@code call_time_ranges} (Create/Update shape), times as written ({@code HH:MM}).
 * Unknown members are ignored: the domain's range has no place for them.
 *
 * @param start the start; nullable
 * @param end the end; nullable
 */
record TimeRangeDto(String start, String end) {}
