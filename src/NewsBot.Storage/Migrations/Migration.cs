namespace NewsBot.Storage.Migrations;

/// <summary>One numbered schema change, as written in a <c>Migrations/&lt;dialect&gt;/NNNN_name.sql</c> script.</summary>
internal sealed record Migration(int Version, string Name, string Sql)
{
    public override string ToString() => $"{Version:D4}_{Name}";
}
