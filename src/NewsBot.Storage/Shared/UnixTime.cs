namespace NewsBot.Storage.Shared;

/// <summary>
/// Every instant is stored as INTEGER milliseconds since the Unix epoch, UTC: sortable, compact, and the
/// same in PostgreSQL's bigint. Sub-millisecond precision and the original offset are not kept.
/// </summary>
internal static class UnixTime
{
    public static long ToMs(DateTimeOffset value) => value.ToUnixTimeMilliseconds();

    public static long? ToMs(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset FromMs(long value) => DateTimeOffset.FromUnixTimeMilliseconds(value);

    public static DateTimeOffset? FromMs(long? value) => value is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
