namespace NewsBot.Core.Delivery;

/// <summary>What becomes of a delivery whose send had an unknown outcome, once <c>Delivery:UncertainWaitSeconds</c> passed.</summary>
public enum UncertainPolicy
{
    /// <summary>Closed without resending: a channel may miss the alert, but never sees it twice.</summary>
    Skip,

    /// <summary>Sent once more: a channel never misses the alert, but may see it twice.</summary>
    Retry,
}
