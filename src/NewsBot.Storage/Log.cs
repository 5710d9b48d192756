using Microsoft.Extensions.Logging;

namespace NewsBot.Storage;

/// <summary>Storage's log messages; EventIds 3000-3999.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Warning, Message = "SQLite database {Path} could not switch to WAL (journal mode is {Mode}); concurrent readers will wait for writers")]
    public static partial void WalUnavailable(ILogger logger, string path, string mode);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Applied storage migration {Version:D4} {Name} in {ElapsedMs} ms")]
    public static partial void MigrationApplied(ILogger logger, int version, string name, long elapsedMs);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Storage schema is at version {Version:D4} ({Applied} migration(s) applied now)")]
    public static partial void SchemaReady(ILogger logger, int version, int applied);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug, Message = "Storage migration {Version:D4} was applied by another process meanwhile; skipped")]
    public static partial void MigrationAppliedElsewhere(ILogger logger, int version);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Took the exclusive lease {Name}")]
    public static partial void LeaseAcquired(ILogger logger, string name);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Gave the exclusive lease {Name} back")]
    public static partial void LeaseReleased(ILogger logger, string name);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Lost the exclusive lease {Name}: its database session ended; another node may take it over")]
    public static partial void LeaseLost(ILogger logger, string name);
}
