using System.Text.Json.Serialization;

namespace NewsBot.Core.Sources;

/// <summary>What kind of source an article cites.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SourceKind>))]
public enum SourceKind
{
    /// <summary>A news outlet or agency: Reuters, AP News, CBC News, KCNA.</summary>
    [JsonStringEnumMemberName("media")]
    Media,

    /// <summary>A government body or office holder: le Pentagone, the interior ministry, les services de renseignement.</summary>
    [JsonStringEnumMemberName("official")]
    Official,

    /// <summary>A named person.</summary>
    [JsonStringEnumMemberName("person")]
    Person,

    /// <summary>Any other body: a company, a think tank, an NGO, an alliance.</summary>
    [JsonStringEnumMemberName("organization")]
    Organization,
}
