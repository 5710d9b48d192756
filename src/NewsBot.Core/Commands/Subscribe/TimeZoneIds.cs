namespace NewsBot.Core.Commands.Subscribe;

/// <summary>Finds the time zone of <c>tz:</c> by its IANA id, also when typed in another case ("europe/paris").</summary>
internal static class TimeZoneIds
{
    private const int MaxLength = 64;

    /// <returns>The IANA id as the system spells it, or null if there is no such zone.</returns>
    public static string? Find(string id)
    {
        // Zone ids are looked up as file names on Linux: keep anything path-like out.
        if (id.Length is 0 or > MaxLength || id.Contains("..", StringComparison.Ordinal) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '_' or '-' or '+'))
        {
            return null;
        }

        try
        {
            return IanaId(TimeZoneInfo.FindSystemTimeZoneById(id));
        }
        catch (TimeZoneNotFoundException)
        {
        }
        catch (InvalidTimeZoneException)
        {
        }

        var zone = TimeZoneInfo.GetSystemTimeZones().FirstOrDefault(z => z.Id.Equals(id, StringComparison.OrdinalIgnoreCase));
        return zone is null ? null : IanaId(zone);
    }

    private static string IanaId(TimeZoneInfo zone) =>
        zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id;
}
