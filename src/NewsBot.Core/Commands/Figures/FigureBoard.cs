using NewsBot.Core.Figures;
using NewsBot.Core.Text;

namespace NewsBot.Core.Commands.Figures;

/// <summary>
/// Lays out the key figures of matching stories, newest first. Within a story, figures that count the same
/// thing (same unit, same counted noun, see <see cref="SameCount"/>) that disagree and come from different
/// sources share a line:
/// "10 000 soldats (Pentagone) vs jusqu’à 12 000 (renseignement ukrainien)". Across stories a figure
/// repeated as is shows once, where it was newest.
/// </summary>
internal static class FigureBoard
{
    public static IReadOnlyList<FigureLine> Lay(IReadOnlyList<StoryView> stories, int max)
    {
        var lines = new List<FigureLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var story in stories.OrderByDescending(s => s.UpdatedAt))
        {
            var french = story.Language == "fr";
            foreach (var group in story.Figures.GroupBy(f => Key(f.Figure, french)).SelectMany(g => SameCount.Split(g, french).Select(set => (g.Key, Figures: set))))
            {
                var distinct = group.Figures
                    .OrderByDescending(f => f.ReportedAt)
                    .DistinctBy(f => (f.Figure.Value, f.Figure.ValueMax, f.Figure.Qualifier, SourceOf(f)))
                    .ToList();
                var disagree = distinct.Select(f => (f.Figure.Value, f.Figure.ValueMax, f.Figure.Qualifier)).Distinct().Count() > 1
                    && distinct.Select(SourceOf).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
                var sets = disagree ? [distinct] : distinct.Select(f => new List<StoryFigure> { f }).ToList();
                foreach (var set in sets)
                {
                    var identity = group.Key + "|" + string.Join('|', set.Select(f => $"{f.Figure.Value}/{f.Figure.ValueMax}/{f.Figure.Qualifier}/{SourceOf(f)}").Order(StringComparer.Ordinal));
                    if (seen.Add(identity))
                    {
                        lines.Add(Line(story, set));
                    }
                }
            }
        }

        return lines.OrderByDescending(l => l.ReportedAt).Take(max).ToList();
    }

    private static FigureLine Line(StoryView story, List<StoryFigure> set)
    {
        // Side by side from the smallest to the largest reads as a range of claims.
        var ordered = set.OrderBy(f => f.Figure.Value).ThenBy(f => f.Figure.ValueMax ?? f.Figure.Value).ToList();
        var first = ordered[0].Figure;
        var text = string.Join(" vs ", ordered.Select((f, i) => Written(f, i == 0 ? null : first.What)));
        var newest = set.MaxBy(f => f.ReportedAt)!;
        var reporters = set.SelectMany(f => f.ReportedBy).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var about = $"{first.What}: {string.Join(" vs ", ordered.Select(f => ReplyFormat.Qualifier(f.Figure.Qualifier)))}";
        var when = ReplyFormat.Date(newest.ReportedAt) + " · " + story.Title + (reporters.Count > 0 ? " · reported by " + string.Join(", ", reporters) : "");
        return new FigureLine(new ReplyItem { Text = text, Link = newest.Link ?? story.Link, Details = [about, when] }, newest.ReportedAt);
    }

    /// <summary>"jusqu’à 12 000 (renseignement ukrainien)": the figure as written, without the counted noun when the line already says it.</summary>
    private static string Written(StoryFigure figure, string? sameWhat)
    {
        var text = figure.Figure.Text.Trim();
        if (sameWhat is { Length: > 0 } && TextFolding.Fold(text).EndsWith(TextFolding.Fold(sameWhat), StringComparison.Ordinal) && text.Length > sameWhat.Length)
        {
            text = text[..^sameWhat.Length].TrimEnd();
        }

        var source = SourceOf(figure);
        return source.Length == 0 ? text : $"{text} ({source})";
    }

    /// <summary>Who the figure is attributed to, else who reports it, else nothing.</summary>
    private static string SourceOf(StoryFigure figure) =>
        figure.Figure.Source ?? (figure.ReportedBy.Count > 0 ? string.Join(", ", figure.ReportedBy) : string.Empty);

    /// <summary>The unit and the counted noun, folded and without plural: French puts the noun first, English last.</summary>
    private static string Key(KeyFigure figure, bool french)
    {
        var words = TextFolding.Fold(figure.What).Split((char[])[' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries);
        var head = words.Length == 0 ? string.Empty : (french ? words[0] : words[^1]).TrimEnd('s', 'x');
        return (figure.Unit ?? string.Empty) + "|" + head;
    }
}
