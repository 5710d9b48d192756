namespace NewsBot.Scheduling;

/// <summary>What a run of <see cref="CleanupBatches"/> did: the rows it took, and the failure that ended it early, if one did.</summary>
internal readonly record struct CleanupRun(int Count, Exception? Failure);
