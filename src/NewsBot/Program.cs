using NewsBot.Cli;
using NewsBot.Hosting;

// Before the host starts its threads: each thread that meets contention may make a malloc arena that stays.
MallocArenas.Apply();

return await NewsBotCommandLine.InvokeAsync(args, new CliContext(Console.Out, Console.Error)).ConfigureAwait(false);
