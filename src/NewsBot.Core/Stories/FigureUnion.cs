using NewsBot.Core.Figures;
using NewsBot.Core.Language;
using NewsBot.Core.Subscriptions.Matching;
using NewsBot.Core.Text;

namespace NewsBot.Core.Stories;

/// <summary>Adds an article's figures to a story's: same value, unit and counted head noun make one figure.</summary>
internal sealed class FigureUnion
{
    private readonly List<StoryFigure> _figures = [];
    private readonly List<string> _keys = [];

    public IReadOnlyList<StoryFigure> Figures => _figures;

    public void Add(long articleId, IReadOnlyList<KeyFigure> figures, string language)
    {
        foreach (var figure in figures)
        {
            var key = Key(figure, language);
            var index = _keys.IndexOf(key);
            if (index < 0)
            {
                _keys.Add(key);
                _figures.Add(new StoryFigure
                {
                    Value = figure.Value,
                    ValueMax = figure.ValueMax,
                    Unit = figure.Unit,
                    What = figure.What,
                    Qualifier = figure.Qualifier,
                    Text = figure.Text,
                    Sources = figure.Source is null ? [] : [figure.Source],
                    ArticleIds = [articleId],
                });
                continue;
            }

            var known = _figures[index];
            _figures[index] = known with
            {
                Sources = figure.Source is null || known.Sources.Any(s => TextFolding.Fold(s) == TextFolding.Fold(figure.Source))
                    ? known.Sources
                    : [.. known.Sources, figure.Source],
                ArticleIds = known.ArticleIds.Contains(articleId) ? known.ArticleIds : [.. known.ArticleIds, articleId],
            };
        }
    }

    /// <summary>French names the thing first ("soldats nord-coréens"), English last ("North Korean troops").</summary>
    private static string Key(KeyFigure figure, string language)
    {
        var words = TextFolding.Fold(figure.What)
            .Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.French.Contains(w) && !StopWords.English.Contains(w))
            .ToArray();
        var head = words.Length == 0 ? string.Empty : LightStemmer.Stem(language == "en" ? words[^1] : words[0]);
        return FormattableString.Invariant($"{figure.Value}|{figure.ValueMax}|{figure.Unit}|{head}");
    }
}
