using System.Text;

namespace NewsBot.Discord.Rest;

/// <summary>
/// A request's rate-limit identity: the route with every id templated except the top-level resource
/// (<c>channel_id</c>, <c>guild_id</c>, <c>webhook_id</c> + token), which Discord limits separately.
/// </summary>
/// <param name="Template">Method and path with ids templated, e.g. <c>POST /channels/{id}/messages</c>.</param>
/// <param name="Major">The top-level resource, e.g. <c>channels/123</c>; empty when the route has none.</param>
/// <param name="ExemptFromGlobal">Interaction callbacks and follow-ups do not count against the global limit.</param>
internal sealed record RouteKey(string Template, string Major, bool ExemptFromGlobal)
{
    /// <summary>Safe to log: interaction and webhook tokens are templated out of it.</summary>
    public override string ToString() => Template;

    public static RouteKey From(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var segments = (query >= 0 ? path[..query] : path).Trim('/').Split('/');
        var template = new StringBuilder(method.Method).Append(' ');
        var major = string.Empty;
        var exempt = false;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            template.Append('/');
            var previous = i > 0 ? segments[i - 1] : null;
            var beforePrevious = i > 1 ? segments[i - 2] : null;
            if (i == 1 && previous is "channels" or "guilds")
            {
                major = previous + "/" + segment;
                template.Append("{major}");
            }
            else if (i == 1 && previous is "webhooks" or "interactions")
            {
                major = previous + "/" + segment;
                exempt = previous == "interactions";
                template.Append("{major}");
            }
            else if (i == 2 && beforePrevious is "webhooks" or "interactions")
            {
                // The token is part of the major parameter; it must not end up in logs either.
                major += "/" + segment;
                exempt |= beforePrevious == "webhooks";
                template.Append("{token}");
            }
            else if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                template.Append("{id}");
            }
            else
            {
                template.Append(segment);
            }
        }

        return new RouteKey(template.ToString(), major, exempt);
    }
}
