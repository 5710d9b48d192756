using System.Text;
using NewsBot.Core.Analysis;

namespace NewsBot.Core.Tests.Analysis;

/// <summary>
/// Thousands of generated inputs, seeded so that a failure names the one input that broke and reproduces.
/// Most are press-like fragments (numbers in every written form, scale words, qualifiers, metadata lines,
/// quotes, brackets, line breaks) spliced at random, which reach deeper into the extractor than noise does.
/// </summary>
public sealed class AnalyzerFuzzTests
{
    private const int Seed = 20_261_202;
    private const int Inputs = 6_000;

    private static readonly ArticleAnalyzer Analyzer = new();

    private static readonly string[] Pieces =
    [
        "Published", "Updated", "Mis à jour le", "Publié le", "Sept.", "9,", "2023", "mars", "le", "the", "\n", "\n\n", "\r\n",
        " ", "\u00A0", "\u202F", "\t", ".", ",", ";", ":", "!", "?", "…", "(", ")", "[", "]", "«", "»", "“", "”", "\"", "'", "’",
        "-", "–", "—", "−", "+", "%", "$", "€", "£", "Md€", "M$", "mln", "bn", "m", "k", "million", "millions", "milliard",
        "billion", "1,450", "1 450", "1\u202F450", "25'000", "25’000", "7,3", "7.3", "-15 %", "−0.4", "0", "00", "1",
        "12", "3.", "1.2", "9999999999999999999999", "1e308", ".5", ",5", "deux", "vingt-huit", "quatre-vingt-dix",
        "five", "million", "372-thousand", "three-point-six", "percent", "pour cent", "à", "to", "de", "from", "rose",
        "selon", "d'après", "M.", "Mme", "Dr", "said", "a-t-il", "indiqué", "(AFP)", "(afp/nxp)", "LONDON (Reuters) -",
        "PARIS, 3 mars (AFP) -", "By", "Par", "Photo:", "Crédit", "•", "*", "- ", "1.", "2)", "2 min read", "5G", "A320",
        "4 étoiles", "10h30", "+33 1 23 45 67 89", "plus de", "more than", "up to", "près de", "une centaine", "upward of",
        "personnes", "people", "soldats", "habitants", "tonnes", "hectares", "jobs", "euros", "dollars",
        "😀", "👩‍👩‍👧", "\uD83D", "\uDE00", "\uD800", "\uDFFF", "שלום", "مرحبا", "\u200F", "\u202E", "\u200B", "\uFEFF",
        "\0", "\u0001", "\u001B", "\uFFFD", "\uFFFF", "Ω", "ǅ", "ﬁ", "é", "e\u0301",
    ];

    [Fact]
    public void Analyze_ThousandsOfGeneratedInputs_NeverThrows()
    {
        var random = new Random(Seed);
        for (var i = 0; i < Inputs; i++)
        {
            var text = Generate(random, i);
            ArticleAnalysis result;
            try
            {
                result = Analyzer.Analyze(i % 7 == 0 ? text[..Math.Min(text.Length, 80)] : string.Empty, text);
            }
            catch (Exception ex)
            {
                Assert.Fail($"input {i} (seed {Seed}) threw {ex.GetType().Name}: {ex.Message}\n«{Escape(text)}»\n{ex.StackTrace}");
                return;
            }

            Assert.True(result.Summary.Length <= 600, $"input {i}: summary of {result.Summary.Length} chars");
            Assert.All(result.Figures, f => Assert.True(double.IsFinite(f.Value), $"input {i}: value {f.Value}"));
        }
    }

    private static string Generate(Random random, int index) => (index % 12) switch
    {
        0 => Spliced(random, random.Next(0, 8)),
        1 => new string(' ', random.Next(0, 40)) + (random.Next(2) == 0 ? "\n\n\t" : string.Empty),
        2 => Noise(random, random.Next(1, 3000), 0, 0xFFFF),
        3 => Noise(random, random.Next(1, 500), 0xD800, 0xDFFF),
        4 => Repeat(random, ["שלום עולם ", "مرحبا بالعالم ", "\u200F", "3 000 ", "\n"], 200),
        5 => Repeat(random, ["😀", "👩‍👩‍👧", "🇫🇷", " 12 ", "\n"], 300),
        6 => Repeat(random, ["1", "2", "3", ",", ".", " ", "\u202F", "'", "-", "\n", "%"], random.Next(1, 2000)),
        7 => Repeat(random, [".", ",", "!", "?", "«", "»", "(", ")", "-", "—", "\n", "…", "|"], random.Next(1, 2000)),
        8 => Repeat(random, ["Published Sept. 9, 2023\n", "Updated 10:42 a.m.\n", "Mis à jour le 3 mars 2024\n", "Publié le 12.03.2024\n", "\n"], random.Next(1, 20)),
        9 when index % 600 == 9 => new string('7', 1 << 20),
        9 when index % 600 == 33 => Spliced(random, 120_000).Replace('\n', ' '),
        _ => Spliced(random, random.Next(1, 400)),
    };

    private static string Spliced(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
            if (random.Next(3) > 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }

    private static string Repeat(Random random, string[] pieces, int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }

        return text.ToString();
    }

    private static string Noise(Random random, int length, int min, int max)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = (char)random.Next(min, max + 1);
        }

        return new string(chars);
    }

    private static string Escape(string text)
    {
        var shown = text.Length > 400 ? text[..400] + "…" : text;
        var escaped = new StringBuilder();
        foreach (var c in shown)
        {
            escaped.Append(c is < ' ' or (>= '\uD800' and <= '\uDFFF') ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return escaped.ToString();
    }
}
