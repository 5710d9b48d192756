using NewsBot.Cli;

return await NewsBotCommandLine.InvokeAsync(args, new CliContext(Console.Out, Console.Error)).ConfigureAwait(false);
