using System.Globalization;
using System.Text;
using NewsBot.Core.Feeds;
using NewsBot.Feeds.Parsing;

namespace NewsBot.Feeds.Tests.Parsing;

/// <summary>
/// Seeded fuzzing of <see cref="FeedDocumentParser"/>: real RSS, Atom and JSON Feed documents and
/// generated ones, mutated byte by byte and token by token. The parser must answer every input
/// with items or with its own refusal (<see cref="FeedReadException"/>, Malformed), nothing else.
/// A failure names the seed and the input's number; NEWSBOT_FUZZ_SEED=seed replays that seed.
/// </summary>
public sealed class FeedFuzzTests
{
    private const int InputsPerSeed = 1_500;

    private static readonly string[] Tokens =
    [
        "<", ">", "&", "&amp;", "&#0;", "&#x1;", "&#xD800;", "&#1114112;", "&nbsp;", "&lol;", "<![CDATA[", "]]>", "<!--", "-->",
        "<!DOCTYPE rss [<!ENTITY x \"xx\">]>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?xml version=\"1.0\" encoding=\"bogus\"?>",
        "<item>", "</item>", "<entry>", "</entry>", "<title>", "</title>", "<pubDate>", "</pubDate>", "<link>", "</link>",
        "xml:base=\"::\"", "xml:base=\"javascript:x\"", "href=\"http://[::1\"", "<content type=\"xhtml\">", "<div>", "isPermaLink=\"false\"",
        "\"", "'", "{", "}", "[", "]", ",", ":", "null", "true", "12e999", "\"\\u0000\"", "\"\\ud800\"", "\"\\udc00\\ud800\"",
        "\"items\":", "\"title\":", "\"date_published\":", "\"authors\":[{}]", "\"url\":\"http://\"", "\"id\":1e400",
        "Mon, 99 Foo 20244 25:61:00 +9999", "0000-00-00T00:00:00Z", "9999-12-31T23:59:59+14:00", "\u202E", "\uFEFF", "\u0085",
        "<html>", "<!DOCTYPE html>", "<script>", "<table><td><tr>", "<svg><math><mi>",
    ];

    private static readonly byte[][] RawBytes = [[0xFF], [0xC3], [0xE2, 0x82], [0xF0, 0x9F], [0xED, 0xA0, 0x80], [0x00], [0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00]];

    public static TheoryData<int> Seeds()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("NEWSBOT_FUZZ_SEED");
        return fromEnvironment is not null
            ? new TheoryData<int>(int.Parse(fromEnvironment, CultureInfo.InvariantCulture))
            : new TheoryData<int>(20_261_202, 7, 1_234_567);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Parse_MutatedAndGeneratedFeeds_ItemsOrItsOwnRefusalNeverAnythingElse(int seed)
    {
        var current = -1;
        var run = Task.Run(() =>
        {
            var random = new Random(seed);
            for (var i = 0; i < InputsPerSeed; i++)
            {
                Volatile.Write(ref current, i);
                var input = Input(random);
                try
                {
                    var feed = FeedDocumentParser.Parse(input, FeedDocuments.FeedUrl, 1_000_000);
                    Assert.All(feed.Items, item => Assert.False(string.IsNullOrWhiteSpace(item.Title)));
                }
                catch (FeedReadException ex) when (ex.Failure == FeedReadFailure.Malformed)
                {
                    // The parser's own refusal.
                }
                catch (Exception ex)
                {
                    throw new Xunit.Sdk.XunitException(
                        $"Seed {seed}, input {i} (NEWSBOT_FUZZ_SEED={seed} replays it): {ex.GetType().Name}: {ex.Message}\nInput (base64): {Convert.ToBase64String(input)}\n{ex}");
                }
            }
        });

        // A hang guard, not a timing target: a few thousand small documents take seconds.
        var finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromMinutes(5)));
        Assert.True(finished == run, $"Seed {seed}: input {Volatile.Read(ref current)} did not finish (NEWSBOT_FUZZ_SEED={seed} replays it).");
        await run;
    }

    private static byte[] Input(Random random)
    {
        var document = random.Next(4) switch
        {
            0 => FeedDocuments.Rss,
            1 => FeedDocuments.Atom,
            2 => FeedDocuments.JsonFeed,
            _ => Generated(random),
        };
        var bytes = new List<byte>(Encoding.UTF8.GetBytes(document));
        var mutations = random.Next(0, 9);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            Mutate(bytes, random);
        }

        return bytes.ToArray();
    }

    private static void Mutate(List<byte> bytes, Random random)
    {
        var at = random.Next(bytes.Count);
        switch (random.Next(7))
        {
            case 0:
                bytes[at] = (byte)random.Next(256);
                break;
            case 1:
                bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                break;
            case 2:
                bytes.InsertRange(at, RawBytes[random.Next(RawBytes.Length)]);
                break;
            case 3:
                bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at));
                break;
            case 4:
                var length = Math.Min(random.Next(1, 256), bytes.Count - at);
                bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                break;
            case 5:
                bytes.RemoveRange(at, bytes.Count - at);
                break;
            default:
                var from = random.Next(bytes.Count);
                (bytes[at], bytes[from]) = (bytes[from], bytes[at]);
                break;
        }
    }

    /// <summary>A well-formed feed of random items whose text draws on awkward characters and markup.</summary>
    private static string Generated(Random random)
    {
        var json = random.Next(3) == 0;
        var atom = !json && random.Next(2) == 0;
        var builder = new StringBuilder(json
            ? "{\"version\":\"https://jsonfeed.org/version/1\",\"items\":["
            : atom ? "<feed xmlns=\"http://www.w3.org/2005/Atom\">" : "<rss version=\"2.0\"><channel>");
        var count = random.Next(0, 30);
        for (var i = 0; i < count; i++)
        {
            var title = RandomText(random, random.Next(0, 80));
            var body = RandomText(random, random.Next(0, 400));
            if (json)
            {
                builder.Append(i > 0 ? "," : string.Empty)
                    .Append("{\"id\":").Append(System.Text.Json.JsonSerializer.Serialize(title))
                    .Append(",\"title\":").Append(System.Text.Json.JsonSerializer.Serialize(title))
                    .Append(",\"content_html\":").Append(System.Text.Json.JsonSerializer.Serialize(body)).Append('}');
            }
            else
            {
                var tag = atom ? "entry" : "item";
                builder.Append('<').Append(tag).Append("><title>").Append(Escape(title)).Append("</title>")
                    .Append(atom ? "<content type=\"html\">" : "<description>").Append(Escape(body))
                    .Append(atom ? "</content>" : "</description>").Append("</").Append(tag).Append('>');
            }
        }

        return builder.Append(json ? "]}" : atom ? "</feed>" : "</channel></rss>").ToString();
    }

    private static string RandomText(Random random, int length)
    {
        const string alphabet = "abcdefghij ABCDEF 0123456789 éèàçœ€ ’“”«» \u00A0\u202F\t\n<>&\"'/=;:.!?-–— 中文 العربية \U0001F600";
        var builder = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            builder.Append(random.Next(20) == 0 ? Tokens[random.Next(Tokens.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
        }

        return builder.ToString();
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
