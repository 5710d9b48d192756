namespace NewsBot.Core.Subscriptions.Query;

/// <summary>Splits a topic query into words, "phrases", prefixes, filters, operators and parentheses.</summary>
internal static class QueryLexer
{
    private static readonly string[] FilterNames = ["lang", "source", "feed", "has"];

    /// <exception cref="TopicQueryException">A quote is never closed, or a *, ~ or filter is misplaced.</exception>
    public static List<QueryToken> Lex(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Open, i++, "("));
            }
            else if (c == ')')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Close, i++, ")"));
            }
            else if (IsOpeningQuote(c))
            {
                i = LexPhrase(query, i, tokens);
            }
            else if (c == '-' && i + 1 < query.Length && !char.IsWhiteSpace(query[i + 1]))
            {
                tokens.Add(new QueryToken(QueryTokenKind.Minus, i++, "-"));
            }
            else if (c == '-')
            {
                throw Error("'-' needs a term right after it", i);
            }
            else
            {
                i = LexRun(query, i, tokens);
            }
        }

        tokens.Add(new QueryToken(QueryTokenKind.End, query.Length, string.Empty));
        return tokens;
    }

    private static int LexPhrase(string query, int start, List<QueryToken> tokens)
    {
        var close = query.AsSpan(start + 1).IndexOfAny("\"”»");
        if (close < 0)
        {
            throw Error("the quote is never closed", start);
        }

        var end = start + 1 + close;
        var text = query[(start + 1)..end].Trim();
        var next = end + 1;
        int? proximity = null;
        if (next < query.Length && query[next] == '~')
        {
            var digits = next + 1;
            while (digits < query.Length && char.IsAsciiDigit(query[digits]))
            {
                digits++;
            }

            if (digits == next + 1 || digits - next > 3 || int.Parse(query.AsSpan(next + 1, digits - next - 1), provider: System.Globalization.CultureInfo.InvariantCulture) > QueryLimits.MaxProximity)
            {
                throw Error($"~ needs a number from 0 to {QueryLimits.MaxProximity}", next);
            }

            proximity = int.Parse(query.AsSpan(next + 1, digits - next - 1), provider: System.Globalization.CultureInfo.InvariantCulture);
            next = digits;
        }

        tokens.Add(new QueryToken(QueryTokenKind.Phrase, start, text) { Proximity = proximity });
        return next;
    }

    private static int LexRun(string query, int start, List<QueryToken> tokens)
    {
        var end = start;
        while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] is not '(' and not ')' && !IsOpeningQuote(query[end]))
        {
            if (query[end] == ':' && IsFilterName(query.AsSpan(start, end - start)))
            {
                return LexFilter(query, start, end, tokens);
            }

            end++;
        }

        var run = query[start..end];
        switch (run)
        {
            case "AND":
                tokens.Add(new QueryToken(QueryTokenKind.And, start, run));
                return end;
            case "OR":
                tokens.Add(new QueryToken(QueryTokenKind.Or, start, run));
                return end;
            case "NOT":
                tokens.Add(new QueryToken(QueryTokenKind.Not, start, run));
                return end;
        }

        var colon = run.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && run[..colon].All(char.IsLetter))
        {
            throw Error($"unknown filter '{run[..(colon + 1)]}' (use lang:, source:, feed: or has:)", start);
        }

        var tilde = run.IndexOf('~', StringComparison.Ordinal);
        if (tilde >= 0)
        {
            throw Error("~N only follows a quoted phrase", start + tilde);
        }

        var star = run.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0 && star != run.Length - 1)
        {
            throw Error("* only goes at the end of a word", start + star);
        }

        tokens.Add(star >= 0
            ? new QueryToken(QueryTokenKind.Prefix, start, run[..^1])
            : new QueryToken(QueryTokenKind.Word, start, run));
        return end;
    }

    private static int LexFilter(string query, int start, int colon, List<QueryToken> tokens)
    {
        var name = query[start..colon].ToLowerInvariant();
        var valueStart = colon + 1;
        string value;
        int end;
        if (valueStart < query.Length && IsOpeningQuote(query[valueStart]))
        {
            var close = query.AsSpan(valueStart + 1).IndexOfAny("\"”»");
            if (close < 0)
            {
                throw Error("the quote is never closed", valueStart);
            }

            end = valueStart + 2 + close;
            value = query[(valueStart + 1)..(end - 1)].Trim();
        }
        else
        {
            end = valueStart;
            while (end < query.Length && !char.IsWhiteSpace(query[end]) && query[end] is not '(' and not ')')
            {
                end++;
            }

            value = query[valueStart..end];
        }

        if (value.Length == 0)
        {
            throw Error($"{name}: needs a value", start);
        }

        tokens.Add(new QueryToken(QueryTokenKind.Filter, start, value) { FilterName = name });
        return end;
    }

    private static bool IsFilterName(ReadOnlySpan<char> name)
    {
        foreach (var known in FilterNames)
        {
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '“' or '«' or '„';

    private static TopicQueryException Error(string what, int index) => new(QueryError.At(what, index));
}
