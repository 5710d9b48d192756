namespace NewsBot.Benchmarks.Match;

/// <summary>Zipf-like draws: index 0 most often, as popularity is in news topics and in what people follow.</summary>
internal static class Zipf
{
    public static int Index(Random random, int count)
    {
        // Inverse transform of a continuous 1/x density over [1, count + 1).
        var x = Math.Exp(random.NextDouble() * Math.Log(count + 1));
        return Math.Min(count - 1, (int)x - 1);
    }
}
