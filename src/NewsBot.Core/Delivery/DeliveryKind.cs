namespace NewsBot.Core.Delivery;

public enum DeliveryKind
{
    /// <summary>The story's first post in the channel.</summary>
    Alert,

    /// <summary>A later article of a story the channel was already alerted to.</summary>
    Update,
}
