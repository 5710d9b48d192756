namespace NewsBot.Core.Alerts;

/// <summary>
/// Shrinks an alert until its rendering fits a platform's limit, dropping the least important parts
/// first: surplus figures, then the tail of the source list, then summary sentences, and last the
/// title's end — always at a word boundary, never inside a word, tag or link (the renderer escapes
/// and links whole parts, so cutting parts here cannot break markup).
/// </summary>
public static class AlertFitter
{
    private const int MinFigures = 3;

    public static Alert Fit(Alert alert, int maxLength, Func<Alert, int> measure)
    {
        ArgumentNullException.ThrowIfNull(alert);
        ArgumentNullException.ThrowIfNull(measure);
        var current = alert;
        while (measure(current) > maxLength)
        {
            var smaller = Shrink(current);
            if (smaller is null)
            {
                return current;
            }

            current = smaller;
        }

        return current;
    }

    private static Alert? Shrink(Alert alert)
    {
        if (alert.Figures.Count > MinFigures)
        {
            return alert with { Figures = alert.Figures.Take(alert.Figures.Count - 1).ToList() };
        }

        if (alert.Sources.Count > 1)
        {
            return alert with { Sources = alert.Sources.Take(alert.Sources.Count - 1).ToList() };
        }

        if (alert.Figures.Count > 0)
        {
            return alert with { Figures = alert.Figures.Take(alert.Figures.Count - 1).ToList() };
        }

        var fewerSentences = TextCutter.DropLastSentence(alert.Summary);
        if (fewerSentences is not null)
        {
            return alert with { Summary = fewerSentences };
        }

        if (alert.Summary.Length > 0)
        {
            return alert with { Summary = TextCutter.DropLastWord(alert.Summary) };
        }

        if (alert.Sources.Count > 0)
        {
            return alert with { Sources = [] };
        }

        return alert.Title.Contains(' ', StringComparison.Ordinal) ? alert with { Title = TextCutter.DropLastWord(alert.Title) } : null;
    }
}
