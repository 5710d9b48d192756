namespace NewsBot.Core.Sources;

/// <summary>Who a sentence or quotation attributes its content to; a pronoun ("a-t-elle déclaré") has no name yet.</summary>
internal readonly record struct Attribution(string? Name, bool IsPronoun, int Token)
{
    public bool Found => Name is not null || IsPronoun;

    /// <summary>
    /// Other sources the same cue names, cited but not the speaker: the outlet told ("told Reuters", "à l’AFP"),
    /// the body a person speaks for ("War on Want’s John Hilary"), the rest of a list ("les pompiers et la préfecture").
    /// </summary>
    public IReadOnlyList<string>? Also { get; init; }

    public Attribution WithAlso(string? name) =>
        name is null ? this : this with { Also = Also is null ? [name] : [.. Also, name] };

    public Attribution WithAlso(IReadOnlyList<string>? names)
    {
        if (names is null)
        {
            return this;
        }

        var result = this;
        foreach (var name in names)
        {
            result = result.WithAlso(name);
        }

        return result;
    }
}
