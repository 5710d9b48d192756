namespace NewsBot.Core.Subscriptions.Matching;

/// <summary>Names that mean the same thing across languages and spellings: North Korea, Corée du Nord, nord-coréen.</summary>
internal sealed class AliasGroup(int id, List<TermSequence> names)
{
    public int Id { get; } = id;

    public IReadOnlyList<TermSequence> Names => names;

    internal void Add(TermSequence name) => names.Add(name);
}
