using Microsoft.Extensions.Options;
using NewsBot.Core.Feeds;
using NewsBot.Storage.Migrations;

namespace NewsBot.Cli;

/// <summary>
/// Turns the failures a user can fix (a wrong setting, a database from a newer version) into one clear
/// line on standard error and an exit code, instead of a stack trace.
/// </summary>
internal static partial class CliErrors
{
    // DataAnnotations wraps our messages (which name the key) in "DataAnnotation validation failed for
    // 'XOptions' members: 'Y' with the error: '…'."; the user needs only the inner sentence.
    [System.Text.RegularExpressions.GeneratedRegex(@"with the error: '(?<message>.+)'\.?$", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex WrappedMessage();

    internal static string Unwrap(string failure)
    {
        var match = WrappedMessage().Match(failure);
        return match.Success ? match.Groups["message"].Value : failure;
    }

    /// <summary>
    /// One line per wrong setting, or none when <paramref name="exception"/> is not about the configuration.
    /// Startup validation throws an <see cref="AggregateException"/> when several options classes fail.
    /// </summary>
    internal static IReadOnlyList<string> ConfigurationFailures(Exception exception)
    {
        var all = exception is AggregateException aggregate ? aggregate.Flatten().InnerExceptions : [exception];
        var lines = new List<string>();
        foreach (var one in all)
        {
            switch (one)
            {
                case OptionsValidationException invalid:
                    lines.AddRange(invalid.Failures.Select(Unwrap));
                    break;

                // The binder's message names the key, e.g. "Failed to convert configuration value at 'Delivery:BatchSize' to type 'System.Int32'".
                case InvalidOperationException binder when binder.Message.Contains("configuration value", StringComparison.OrdinalIgnoreCase):
                    lines.Add(binder.Message);
                    break;
                default:
                    return [];
            }
        }

        return lines.Select(OneLine).Distinct(StringComparer.Ordinal).ToList();
    }

    // A message that spans lines would read as several errors (and break "one line per error" for scripts).
    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public static async Task<int> GuardAsync(CliContext context, Func<Task<int>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (Exception ex) when (ConfigurationFailures(ex) is { Count: > 0 } failures)
        {
            foreach (var failure in failures)
            {
                await context.Error.WriteLineAsync($"newsbot: configuration error: {failure}").ConfigureAwait(false);
            }

            return ExitCodes.BadConfiguration;
        }
        catch (LocalArticleException ex)
        {
            await context.Error.WriteLineAsync($"newsbot: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (FeedReadException ex)
        {
            await context.Error.WriteLineAsync($"newsbot: could not read the articles: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.Failure;
        }
        catch (StorageSchemaException ex)
        {
            await context.Error.WriteLineAsync($"newsbot: database error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadConfiguration;
        }
    }
}
