namespace NewsBot.Core.Tests.Stories;

/// <summary>
/// BCubed precision, recall and F1 of a grouping: per item, the share of its predicted group that has
/// its gold label, and the share of its gold label's items that are in its predicted group, averaged.
/// </summary>
internal sealed record BCubed(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static BCubed Score(IReadOnlyList<long> predicted, IReadOnlyList<string> gold)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(predicted.Count, gold.Count);
        double precision = 0, recall = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            int samePredicted = 0, sameGold = 0, both = 0;
            for (var j = 0; j < predicted.Count; j++)
            {
                var p = predicted[j] == predicted[i];
                var g = gold[j] == gold[i];
                samePredicted += p ? 1 : 0;
                sameGold += g ? 1 : 0;
                both += p && g ? 1 : 0;
            }

            precision += both / (double)samePredicted;
            recall += both / (double)sameGold;
        }

        return new BCubed(precision / predicted.Count, recall / predicted.Count);
    }

    /// <summary>
    /// Gold labels cut where two consecutive articles of one event are further apart than
    /// <paramref name="window"/>: a windowed grouping cannot join across such a gap.
    /// </summary>
    public static IReadOnlyList<string> CutAtGaps(IReadOnlyList<LabelledArticle> articles, TimeSpan window)
    {
        var labels = new string[articles.Count];
        foreach (var group in articles.Select((a, i) => (a, i)).GroupBy(x => x.a.Gold, StringComparer.Ordinal))
        {
            var part = 0;
            DateTimeOffset? previous = null;
            foreach (var (article, index) in group.OrderBy(x => x.a.Time))
            {
                if (previous is { } p && article.Time - p > window)
                {
                    part++;
                }

                labels[index] = $"{group.Key}#{part}";
                previous = article.Time;
            }
        }

        return labels;
    }
}
