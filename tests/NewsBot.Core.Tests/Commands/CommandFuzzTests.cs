using System.Diagnostics;
using System.Globalization;
using System.Text;
using NewsBot.Core.Commands;
using NewsBot.Core.Delivery;
using NewsBot.Core.Subscriptions.Query;
using NewsBot.Core.Tests.Subscriptions;
using NewsBot.Testing.Chat;
using Xunit.Abstractions;

namespace NewsBot.Core.Tests.Commands;

/// <summary>
/// Thousands of generated commands, from a seed printed with any failure (replay it with NEWSBOT_FUZZ_SEED):
/// the query parser and the command service never throw and always answer, briefly.
/// </summary>
public sealed class CommandFuzzTests(ITestOutputHelper output) : IDisposable
{
    private const int Cases = 4000;

    private static readonly string[] Names = ["subscribe", "unsubscribe", "subscriptions", "latest", "figures", "why", "help", "Subscribe", "LATEST", "nope", "/", "@", "subscribe@OtherBot"];

    private static readonly string[] Words = ["ukraine", "corée", "nord", "kyiv", "Séoul", "l'Ukraine", "north", "korea", "a", "of", "2024", "12,000", "x", "états-unis", "Москва", "北京", "🇺🇦"];

    private static readonly string[] Operators = ["AND", "OR", "NOT", "-", "and", "or", "not", "*", "~", "~3", "~99", "(", ")", "((", "))", "\"", "“", "”", "«", "»", "„", ":"];

    private static readonly string[] Filters = ["lang:fr", "lang:en", "lang:xx", "lang:", "source:reuters", "source:", "source:\"le monde\"", "feed:seeds", "feed:", "has:figure", "has:nothing", "mode:digest", "mode:bogus", "at:07:30", "at:25:99", "tz:Europe/Paris", "tz:Mars/Olympus", "lang:fr,en", "mode:", "at:"];

    private readonly CommandHarness _bot = new();

    public void Dispose() => _bot.Dispose();

    [Fact]
    public async Task HandleAsync_GeneratedCommands_NeverThrowAndAlwaysAnswerBriefly()
    {
        var seed = HostileText.Seed(20_26_12);
        output.WriteLine($"seed {seed} (set NEWSBOT_FUZZ_SEED to replay)");
        var random = new Random(seed);
        var slowest = TimeSpan.Zero;
        var slowestCase = string.Empty;
        for (var i = 0; i < Cases; i++)
        {
            var message = "/" + Pick(random, Names) + " " + Text(random);
            var where = $"seed {seed}, case {i}: {message[..Math.Min(message.Length, 200)]}";

            // A fresh channel each time, so the query quota and the subscription cap do not answer for the parser.
            var context = CommandHarness.Manager(new ChannelAddress("telegram", i.ToString(CultureInfo.InvariantCulture)));
            var started = Stopwatch.GetTimestamp();
            var reply = await _bot.Service.HandleAsync(Command.Parse(message), context, CancellationToken.None);
            var took = Stopwatch.GetElapsedTime(started);
            if (took > slowest && i > 0)
            {
                // The first command pays for loading the handlers and the alias table; it says nothing of the input.
                (slowest, slowestCase) = (took, where);
            }

            Assert.False(string.IsNullOrWhiteSpace(reply.Title), where);
            Assert.True(reply.Title != "Something went wrong on my side", $"{where}: a handler threw");
            Assert.True(reply.ToPlainText().Length < 4000, $"{where}: a {reply.ToPlainText().Length}-character answer");
        }

        output.WriteLine($"{Cases} commands; slowest after the first {slowest.TotalMilliseconds:F1} ms ({slowestCase})");
    }

    [Fact]
    public void TryParse_GeneratedQueries_NeverThrowAndSayWhereTheyFail()
    {
        var seed = HostileText.Seed(20_26_12);
        output.WriteLine($"seed {seed} (set NEWSBOT_FUZZ_SEED to replay)");
        var random = new Random(seed);
        var parsed = 0;
        for (var i = 0; i < Cases; i++)
        {
            var text = Text(random);
            var where = $"seed {seed}, case {i}: {text[..Math.Min(text.Length, 200)]}";

            var ok = TopicQuery.TryParse(text, Topics.Aliases, out var query, out var error);

            if (ok)
            {
                parsed++;
                Assert.InRange(query!.Terms, 1, QueryLimits.MaxTerms);
                Assert.InRange(query.Depth, 0, QueryLimits.MaxDepth);
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(error!.Message), where);
                Assert.InRange(error.Position, 0, Math.Max(text.Length, QueryLimits.MaxLength) + 1);
            }
        }

        output.WriteLine($"{Cases} queries, {parsed} valid");

        // Generated text is mostly invalid; a share of valid ones shows the generator reaches the matcher's side too.
        Assert.InRange(parsed, Cases / 20, Cases);
    }

    private static string Text(Random random)
    {
        var text = new StringBuilder();
        var parts = random.Next(10) == 0 ? random.Next(100, 800) : random.Next(0, 12);
        for (var p = 0; p < parts; p++)
        {
            if (p > 0 && random.Next(5) > 0)
            {
                text.Append(' ');
            }

            text.Append(random.Next(10) switch
            {
                < 4 => Pick(random, Words),
                < 6 => Pick(random, Operators),
                < 7 => Pick(random, Filters),
                < 8 => "\"" + Pick(random, Words) + " " + Pick(random, Words) + "\"",
                < 9 => Pick(random, Words) + "*",
                _ => HostileText.Next(random, 12),
            });
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
