namespace NewsBot.Core.Commands;

/// <summary>
/// Shrinks a command's reply until its rendering fits a platform's limit, the least important parts first: the
/// last detail of the item with the most details, then whole items from the end. It drops whole parts, so a
/// renderer's markup is never cut; the renderer is told how many items were left out, to say so.
/// </summary>
public static class ReplyFitter
{
    /// <param name="reply">The whole reply.</param>
    /// <param name="maxLength">The platform's limit.</param>
    /// <param name="measure">The length of the rendering of a reply with a number of items left out.</param>
    /// <returns>The reply that fits (or the smallest there is, when none does) and how many items it leaves out.</returns>
    public static (Reply Reply, int LeftOut) Fit(Reply reply, int maxLength, Func<Reply, int, int> measure)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(measure);
        var current = reply;
        var leftOut = 0;
        while (measure(current, leftOut) > maxLength && Shrink(current) is { } smaller)
        {
            leftOut += Count(current) - Count(smaller);
            current = smaller;
        }

        return (current, leftOut);
    }

    private static int Count(Reply reply) => reply.Sections.Sum(s => s.Items.Count);

    private static Reply? Shrink(Reply reply)
    {
        var sections = reply.Sections.ToList();
        var withDetails = sections.SelectMany((s, si) => s.Items.Select((item, ii) => (si, ii, item.Details.Count)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count).ThenByDescending(x => x.si).ThenByDescending(x => x.ii)
            .FirstOrDefault();
        if (withDetails.Count > 0)
        {
            var items = sections[withDetails.si].Items.ToList();
            var item = items[withDetails.ii];
            items[withDetails.ii] = item with { Details = item.Details.Take(item.Details.Count - 1).ToList() };
            sections[withDetails.si] = sections[withDetails.si] with { Items = items };
            return reply with { Sections = sections };
        }

        for (var si = sections.Count - 1; si >= 0; si--)
        {
            if (sections[si].Items.Count > 0)
            {
                sections[si] = sections[si] with { Items = sections[si].Items.Take(sections[si].Items.Count - 1).ToList() };
                return reply with { Sections = sections };
            }
        }

        return null;
    }
}
