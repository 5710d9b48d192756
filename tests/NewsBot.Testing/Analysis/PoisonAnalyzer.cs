using NewsBot.Core.Analysis;

namespace NewsBot.Testing.Analysis;

/// <summary>
/// The real analyzer, except that it throws for the articles <paramref name="isPoison"/> picks (by title),
/// as an analyzer bug would, until <see cref="Cure"/> is called (the upgrade that fixes it).
/// </summary>
public sealed class PoisonAnalyzer(Func<string, bool> isPoison) : IArticleAnalyzer
{
    private readonly ArticleAnalyzer _inner = new();
    private int _poisonCalls;
    private volatile bool _cured;

    /// <summary>How many times a poisonous article was given to the analyzer.</summary>
    public int PoisonCalls => Volatile.Read(ref _poisonCalls);

    public void Cure() => _cured = true;

    public ArticleAnalysis Analyze(string title, string text)
    {
        if (isPoison(title))
        {
            Interlocked.Increment(ref _poisonCalls);
            if (!_cured)
            {
                // What ParagraphReader.Classify threw on "Published Sept. 9, 2023" as a second line.
                throw new ArgumentOutOfRangeException(nameof(text), "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
        }

        return _inner.Analyze(title, text);
    }
}
