namespace NewsBot.Core.Figures;

/// <summary>Accumulates number words left to right: groups below a thousand, closed by scale words.</summary>
internal struct WordNumberState
{
    private double _total;
    private double _current;
    private double _lastUnits;
    private double _decimalPlace;

    public bool Any { get; private set; }

    public bool Collective { get; private set; }

    public bool Scaled { get; private set; }

    public readonly double Value => _total + _current;

    /// <summary>Adds one word token (its hyphenated parts); false, and unchanged, if it is not a number word.</summary>
    public bool TryAdd(ReadOnlySpan<char> folded, bool french, bool afterConnector, bool nextIsMultiplier)
    {
        var copy = this;
        var rest = folded;
        while (rest.Length > 0)
        {
            var dash = rest.IndexOf('-');
            var part = dash < 0 ? rest : rest[..dash];
            rest = dash < 0 ? [] : rest[(dash + 1)..];
            if ((part.SequenceEqual("et") || part.SequenceEqual("and")) && copy.Any)
            {
                afterConnector = true;
                continue;
            }

            // "three-point-six percent", "deux virgule cinq": spoken decimals, digit by digit.
            if ((part.SequenceEqual("point") || part.SequenceEqual("virgule")) && copy.Any && copy._decimalPlace == 0 && rest.Length > 0)
            {
                copy._decimalPlace = 0.1;
                continue;
            }

            if (copy._decimalPlace > 0)
            {
                if (!NumberWords.TryGet(part, french, out var digit) || digit.Kind != NumberWordKind.Units || digit.Value > 9)
                {
                    return false;
                }

                copy._current += digit.Value * copy._decimalPlace;
                copy._decimalPlace /= 10;
                continue;
            }

            if (!NumberWords.TryGet(part, french, out var word) || !copy.Apply(word, afterConnector, nextIsMultiplier || rest.Length > 0))
            {
                return false;
            }

            afterConnector = false;
        }

        this = copy;
        return true;
    }

    private bool Apply(NumberWord word, bool afterConnector, bool nextIsMultiplier)
    {
        switch (word.Kind)
        {
            case NumberWordKind.Units:
                // quatre-vingt(s) is 80, quatre-vingt-dix 90.
                _current += word.Value == 20 && _lastUnits == 4 ? 76 : word.Value;
                _lastUnits = word.Value;
                break;
            case NumberWordKind.Hundred:
                _current = Math.Max(_current, 1) * word.Value;
                Scaled = true;
                break;
            case NumberWordKind.Scale:
                _total += (_current == 0 ? 1 : _current) * word.Value;
                _current = 0;
                Scaled = true;
                break;
            case NumberWordKind.Half:
                _current = afterConnector && _current >= 1 ? _current + 0.5 : 0.5;
                break;
            case NumberWordKind.Collective:
                if (_current != 1 || Collective)
                {
                    return false;
                }

                _current = word.Value;
                Collective = true;
                break;
            case NumberWordKind.Article:
                if (!nextIsMultiplier)
                {
                    return false;
                }

                _current = _current == 0 ? 1 : _current;
                break;
        }

        Any = true;
        return true;
    }
}
