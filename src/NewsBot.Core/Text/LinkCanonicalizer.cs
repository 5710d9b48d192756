using System.Text;

namespace NewsBot.Core.Text;

/// <summary>
/// Reduces an article link to the form that identifies the article: lower-case scheme and host, no
/// fragment, no default port, no tracking parameters (utm_*, fbclid, gclid, ...), remaining
/// parameters sorted.
/// </summary>
public static class LinkCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid", "_ga", "_gl",
        "ref", "ref_src", "xtor", "at_medium", "at_campaign", "cmpid", "ocid", "smid", "spm",
    };

    public static string? Canonicalize(Uri? link)
    {
        if (link is null || !link.IsAbsoluteUri)
        {
            return null;
        }

        var kept = new List<KeyValuePair<string, string>>();
        var query = link.Query.TrimStart('?');
        if (query.Length > 0)
        {
            foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                var key = eq < 0 ? pair : pair[..eq];
                var value = eq < 0 ? string.Empty : pair[(eq + 1)..];
                if (key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(key))
                {
                    continue;
                }

                kept.Add(new(key, value));
            }
        }

        kept.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c && c != 0 ? c : string.CompareOrdinal(a.Value, b.Value));
        var builder = new StringBuilder();
        builder.Append(link.Scheme.ToLowerInvariant()).Append("://").Append(link.Host.ToLowerInvariant());
        if (!link.IsDefaultPort)
        {
            builder.Append(':').Append(link.Port);
        }

        var path = link.AbsolutePath;
        builder.Append(path.Length > 1 ? path.TrimEnd('/') : "/");
        for (var i = 0; i < kept.Count; i++)
        {
            builder.Append(i == 0 ? '?' : '&').Append(kept[i].Key);
            if (kept[i].Value.Length > 0)
            {
                builder.Append('=').Append(kept[i].Value);
            }
        }

        return builder.ToString();
    }
}
