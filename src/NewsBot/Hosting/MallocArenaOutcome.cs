namespace NewsBot.Hosting;

/// <summary>What <see cref="MallocArenas.Apply()"/> did.</summary>
internal enum MallocArenaOutcome
{
    /// <summary>Not called yet.</summary>
    NotApplied,

    /// <summary>glibc took the cap.</summary>
    Applied,

    /// <summary>Not Linux: no glibc, nothing to cap.</summary>
    NotLinux,

    /// <summary><c>MALLOC_ARENA_MAX</c> is set: the operator's value stands.</summary>
    SetByEnvironment,

    /// <summary>The C library has no such setting (musl) or no <c>mallopt</c>.</summary>
    Refused,
}
