namespace NewsBot.Testing.Crash;

/// <summary>
/// Each request is a step of <see cref="CrashPoint"/>: killed before it, the request is never sent; killed after
/// it, the server acted on it but the process never reads the answer.
/// </summary>
public sealed class CrashingHttpHandler(CrashPoint crash) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = request.Method + " " + request.RequestUri!.AbsolutePath.Split('/')[^1];
        return crash.StepAsync(name, () => base.SendAsync(request, cancellationToken));
    }
}
