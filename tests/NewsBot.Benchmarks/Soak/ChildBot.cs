using System.Diagnostics;
using System.Text.Json;
using NewsBot.Hosting.Memory;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The bot in a process of its own (this program's <c>soak-bot</c> verb), so that its CPU time and memory are the
/// bot's alone. It writes a <see cref="BotStatsSnapshot"/> line on its standard output every couple of seconds
/// and stops when its standard input closes; its log goes to a file in the work folder.
/// </summary>
internal sealed class ChildBot : IBotHandle
{
    /// <summary>The gen0 budget the bot process starts with (<see cref="Gen0Budget"/>): the environment's, else the image's.</summary>
    public static string GenZeroBudgetSetting => Environment.GetEnvironmentVariable(Gen0Budget.Variable) ?? Gen0Budget.RecommendedValue;

    public const string LinePrefix = "soak-stats ";

    private readonly Process _process;
    private readonly StreamWriter _log;
    private BotStatsSnapshot? _latest;
    private bool _closed;

    private ChildBot(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int ProcessId => _process.Id;

    public static ChildBot Start(string folder)
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("no process path to start the bot from");
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Under `dotnet NewsBot.Benchmarks.dll` the process is the muxer, which needs the assembly first.
        if (Path.GetFileNameWithoutExtension(path) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildBot).Assembly.Location);
        }

        foreach (var (variable, value) in BotRuntimeSettings.Read(Path.Combine(AppContext.BaseDirectory, "newsbot.runtimeconfig.json")))
        {
            start.Environment[variable] = value;
        }

        // As the Docker image runs it; a variable already set wins, so a run can try another budget.
        start.Environment[Gen0Budget.Variable] = GenZeroBudgetSetting;

        start.ArgumentList.Add("soak-bot");
        start.ArgumentList.Add(folder);
        var log = new StreamWriter(Path.Combine(folder, "bot.log")) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("the bot process did not start");
        var child = new ChildBot(process, log);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLogLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    public Task<BotStatsSnapshot?> SampleAsync(CancellationToken cancellationToken)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException($"the bot process exited with {_process.ExitCode}; see bot.log in the work folder");
        }

        return Task.FromResult(Volatile.Read(ref _latest));
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        lock (_log)
        {
            _closed = true;
            _log.Dispose();
        }
    }

    private void OnLogLine(string? line)
    {
        lock (_log)
        {
            if (line is not null && !_closed)
            {
                _log.WriteLine(line);
            }
        }
    }

    private void OnLine(string? line)
    {
        if (line is not null && line.StartsWith(LinePrefix, StringComparison.Ordinal))
        {
            Volatile.Write(ref _latest, JsonSerializer.Deserialize<BotStatsSnapshot>(line.AsSpan(LinePrefix.Length)));
        }
    }
}
