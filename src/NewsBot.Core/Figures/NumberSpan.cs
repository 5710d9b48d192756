namespace NewsBot.Core.Figures;

/// <summary>A number read from tokens [First, End): its value and how it was written.</summary>
internal readonly record struct NumberSpan(int First, int End, double Value, bool Spelled, bool Collective, bool Scaled);
