namespace NewsBot.Core.Sources;

/// <summary>Who a sentence or quotation attributes its content to; a pronoun ("a-t-elle déclaré") has no name yet.</summary>
internal readonly record struct Attribution(string? Name, bool IsPronoun, int Token)
{
    public bool Found => Name is not null || IsPronoun;
}
