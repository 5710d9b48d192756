using System.Text.Json.Serialization;

namespace NewsBot.Core.Figures;

/// <summary>How the article bounds a figure: "environ 10 000" is approx, "plus de" at least, "jusqu’à" at most.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FigureQualifier>))]
public enum FigureQualifier
{
    [JsonStringEnumMemberName("exact")]
    Exact,

    [JsonStringEnumMemberName("approx")]
    Approx,

    [JsonStringEnumMemberName("at_least")]
    AtLeast,

    [JsonStringEnumMemberName("at_most")]
    AtMost,
}
