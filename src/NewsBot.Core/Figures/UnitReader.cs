using NewsBot.Core.Text;

namespace NewsBot.Core.Figures;

/// <summary>A unit read next to a number; a spelled unit ("hectares") is also the head of what is measured.</summary>
internal readonly record struct UnitMatch(string Unit, int First, int End, bool IsNoun);

/// <summary>Reads currency before a number ($, US$, €) and units after it (%, pour cent, d’euros, km, hectares, °C).</summary>
internal static class UnitReader
{
    private static readonly WordMap<string> CurrencyWords = new(Pairs(
        ("euros", "€"), ("euro", "€"), ("dollars", "$"), ("dollar", "$"), ("livres", "£"), ("pounds", "£"),
        ("yens", "¥"), ("yen", "¥"), ("francs", "CHF"), ("usd", "$"), ("eur", "€"), ("gbp", "£"), ("stg", "£"),
        ("sterling", "£"), ("yuan", "CNY"), ("renminbi", "CNY"), ("roubles", "RUB"), ("rubles", "RUB"), ("rupees", "INR"),
        ("roupies", "INR"), ("pesos", "MXN")));

    private static readonly WordMap<string> NounUnits = new(Pairs(
        ("kilometres", "km"), ("kilometre", "km"), ("kilometers", "km"), ("kilometer", "km"), ("miles", "mi"),
        ("metres", "m"), ("metre", "m"), ("meters", "m"), ("millimetres", "mm"), ("millimeters", "mm"),
        ("centimetres", "cm"), ("centimeters", "cm"), ("hectares", "ha"), ("hectare", "ha"), ("acres", "acres"),
        ("tonnes", "t"), ("tonne", "t"), ("tons", "t"), ("kilos", "kg"), ("kilogrammes", "kg"), ("kilograms", "kg"),
        ("litres", "L"), ("liters", "L"), ("barils", "bbl"), ("barrels", "bbl"), ("degres", "°"), ("degrees", "°")));

    private static readonly WordMap<string> SymbolUnits = new(Pairs(
        ("km", "km"), ("km2", "km²"), ("m", "m"), ("cm", "cm"), ("mm", "mm"), ("ha", "ha"), ("kg", "kg"),
        ("t", "t"), ("mph", "mph"), ("mw", "MW"), ("gw", "GW"), ("kw", "kW"), ("kwh", "kWh"), ("mwh", "MWh"),
        ("gwh", "GWh"), ("twh", "TWh"), ("pct", "%"), ("percent", "%"), ("pourcent", "%")));

    public static bool TryReadPrefix(ArticleText text, int number, int first, out UnitMatch unit)
    {
        unit = default;
        var i = number - 1;
        if (i < first || text.Kind(i) != TokenKind.Punct || !text.Tokens[number].Glued)
        {
            return false;
        }

        var symbol = text.Raw(i);
        if (symbol is not ("$" or "€" or "£" or "¥"))
        {
            return false;
        }

        // US$, C$, A$: keep the issuing country with the symbol.
        var start = i > first && text.Tokens[i].Glued && text.Kind(i - 1) == TokenKind.Word && text.Tokens[i - 1].Length <= 2 ? i - 1 : i;
        unit = new UnitMatch(text.Slice(start, number), start, number, IsNoun: false);
        return true;
    }

    public static bool TryReadSuffix(ArticleText text, int i, int end, out UnitMatch unit)
    {
        unit = default;
        if (i >= end)
        {
            return false;
        }

        var raw = text.Raw(i);
        if (text.Kind(i) == TokenKind.Punct)
        {
            if (raw is "%" or "€" or "$" or "£")
            {
                unit = new UnitMatch(raw.ToString(), i, i + 1, false);
                return true;
            }

            if (raw is "°" && i + 1 < end && (text.Is(i + 1, "c") || text.Is(i + 1, "f")))
            {
                unit = new UnitMatch(raw.ToString() + text.Raw(i + 1).ToString().ToUpperInvariant(), i, i + 2, false);
                return true;
            }

            return false;
        }

        if (text.Kind(i) != TokenKind.Word)
        {
            return false;
        }

        var word = text.Fold(i);
        if ((word.SequenceEqual("pour") || word.SequenceEqual("per")) && text.Is(i + 1, "cent"))
        {
            unit = new UnitMatch("%", i, i + 2, false);
            return true;
        }

        // "1,5 milliard d'euros", "4 millions de dollars".
        var at = (word.SequenceEqual("de") || word.SequenceEqual("d'")) && i + 1 < end ? i + 1 : i;
        if (CurrencyWords.TryGet(text.Fold(at), out var currency))
        {
            unit = new UnitMatch(currency, i, at + 1, false);
            return true;
        }

        if (NounUnits.TryGet(word, out var noun))
        {
            unit = new UnitMatch(noun, i, i + 1, true);
            return true;
        }

        if (SymbolUnits.TryGet(word, out var symbolUnit))
        {
            // km/h
            if (symbolUnit == "km" && text.IsPunct(i + 1, '/') && text.Is(i + 2, "h"))
            {
                unit = new UnitMatch("km/h", i, i + 3, false);
                return true;
            }

            unit = new UnitMatch(symbolUnit, i, i + 1, false);
            return true;
        }

        return false;
    }

    private static IEnumerable<KeyValuePair<string, string>> Pairs(params (string Word, string Unit)[] words) =>
        words.Select(w => new KeyValuePair<string, string>(w.Word, w.Unit));
}
