using Microsoft.AspNetCore.Http;

namespace NewsBot.Testing.Http;

/// <summary>A request as <see cref="LoopbackHttpServer"/> received it (headers only; the body stays with the handler).</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    internal static RecordedRequest From(HttpRequest request)
    {
        var headers = request.Headers.ToDictionary(
            header => header.Key,
            header => header.Value.ToString(),
            StringComparer.OrdinalIgnoreCase);
        return new RecordedRequest(request.Method, request.Path + request.QueryString, headers);
    }
}
