using System.Text.Json;
using NewsBot.Hosting;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// <c>soak-bot FOLDER</c>: the child side of <see cref="ChildBot"/>. Runs <see cref="SoakBot"/> from the folder's
/// settings, writes its figures every two seconds, and stops when standard input closes.
/// </summary>
internal static class SoakBotVerb
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    public static int Run(string[] args)
    {
        // As newsbot's Main does, before the host starts its threads.
        MallocArenas.Apply();
        return RunAsync(args).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string[] args)
    {
        if (args.Length != 1 || !Directory.Exists(args[0]))
        {
            await Console.Error.WriteLineAsync("usage: soak-bot FOLDER (started by the soak verb)").ConfigureAwait(false);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        var stdin = Task.Run(async () =>
        {
            // Closing standard input is the parent's way to say stop, and the only thing read from it.
            while (await Console.In.ReadLineAsync(stop.Token).ConfigureAwait(false) is not null)
            {
            }

            await stop.CancelAsync().ConfigureAwait(false);
        });

        await using (var bot = await SoakBot.StartAsync(args[0], CancellationToken.None).ConfigureAwait(false))
        {
            using var timer = new PeriodicTimer(Every);
            try
            {
                do
                {
                    Console.Out.WriteLine(ChildBot.LinePrefix + JsonSerializer.Serialize(bot.Sample()));
                    await Console.Out.FlushAsync(stop.Token).ConfigureAwait(false);
                }
                while (await timer.WaitForNextTickAsync(stop.Token).ConfigureAwait(false));
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // Stopping.
            }
        }

        await stdin.ConfigureAwait(false);
        return 0;
    }
}
