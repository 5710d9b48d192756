using NewsBot.Core.Subscriptions;

namespace NewsBot.Core.Commands.Subscribe;

/// <summary>The options of <c>subscribe</c>, checked: <c>mode:</c>, <c>at:</c>, <c>tz:</c>, <c>lang:</c>.</summary>
internal sealed record SubscriptionSettings(SubscriptionMode Mode, TimeOnly? DigestAt, string? TimeZone, IReadOnlyList<string> Languages)
{
    public static readonly IReadOnlyList<string> Names = ["mode", "at", "tz", "lang"];

    private static readonly TimeOnly DefaultDigestAt = new(8, 0);
    private static readonly string[] KnownLanguages = ["fr", "en"];

    /// <returns>The settings, or null with <paramref name="error"/> saying what is wrong in one line.</returns>
    public static SubscriptionSettings? Read(IReadOnlyDictionary<string, string> options, out string? error)
    {
        error = options.FirstOrDefault(o => o.Value.Length == 0).Key is { } empty ? $"{empty}: needs a value, e.g. {Example(empty)}." : null;
        if (error is not null)
        {
            return null;
        }

        SubscriptionMode? mode = null;
        if (options.TryGetValue("mode", out var modeText))
        {
            mode = modeText.ToLowerInvariant() switch
            {
                "instant" => SubscriptionMode.Instant,
                "digest" => SubscriptionMode.Digest,
                _ => null,
            };
            if (mode is null)
            {
                error = $"mode:{modeText} is not a mode: use mode:instant or mode:digest.";
                return null;
            }
        }

        TimeOnly? at = null;
        if (options.TryGetValue("at", out var atText))
        {
            at = TimeOfDay.Parse(atText);
            if (at is null)
            {
                error = $"at:{atText} is not a time of day: write it as HH:MM, e.g. at:08:00.";
                return null;
            }
        }

        string? zone = null;
        if (options.TryGetValue("tz", out var zoneText))
        {
            zone = TimeZoneIds.Find(zoneText);
            if (zone is null)
            {
                error = $"tz:{zoneText} is not a time zone I know: use an IANA name such as Europe/Paris or America/New_York.";
                return null;
            }
        }

        var languages = new List<string>();
        if (options.TryGetValue("lang", out var languageText))
        {
            foreach (var code in languageText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var lower = code.ToLowerInvariant();
                if (!KnownLanguages.Contains(lower))
                {
                    error = $"lang:{languageText}: I can only tell fr and en apart, so use lang:fr, lang:en or lang:fr,en.";
                    return null;
                }

                if (!languages.Contains(lower))
                {
                    languages.Add(lower);
                }
            }
        }

        if (mode == SubscriptionMode.Instant && (at is not null || zone is not null))
        {
            error = "at: and tz: set the time of a daily digest: use them with mode:digest, or leave out mode:instant.";
            return null;
        }

        // at: or tz: alone means a digest; a digest with no time comes at 08:00 UTC.
        var digest = mode == SubscriptionMode.Digest || at is not null || zone is not null;
        return digest
            ? new SubscriptionSettings(SubscriptionMode.Digest, at ?? DefaultDigestAt, zone ?? "UTC", languages)
            : new SubscriptionSettings(SubscriptionMode.Instant, null, null, languages);
    }

    private static string Example(string option) => option switch
    {
        "mode" => "mode:digest",
        "at" => "at:08:00",
        "tz" => "tz:Europe/Paris",
        _ => "lang:fr,en",
    };
}
