using Microsoft.Extensions.Options;

namespace NewsBot.Configuration;

/// <summary>Checks every feed entry and names the offending key, e.g. <c>Feeds:1:Url</c>.</summary>
internal sealed class FeedListValidator : IValidateOptions<FeedListOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedListOptions options)
    {
        var errors = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Feeds.Count; i++)
        {
            var feed = options.Feeds[i];
            var key = $"{FeedListOptions.Section}:{i}";
            if (string.IsNullOrWhiteSpace(feed.Name))
            {
                errors.Add($"{key}:Name is required.");
            }
            else if (!names.Add(feed.Name))
            {
                errors.Add($"{key}:Name '{feed.Name}' is used by another feed; names must be unique.");
            }

            var hasUrl = !string.IsNullOrWhiteSpace(feed.Url);
            var hasFolder = !string.IsNullOrWhiteSpace(feed.Folder);
            if (hasUrl == hasFolder)
            {
                errors.Add($"{key}: set exactly one of Url and Folder.");
            }
            else if (hasUrl && !(Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                errors.Add($"{key}:Url '{feed.Url}' is not an absolute http(s) address.");
            }

            if (feed.IntervalMinutes is < 1 or > 10_080)
            {
                errors.Add($"{key}:IntervalMinutes must be between 1 and 10080 (was {feed.IntervalMinutes}).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
