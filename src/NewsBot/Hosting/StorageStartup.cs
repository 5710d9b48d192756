using Microsoft.Extensions.Hosting;
using NewsBot.Storage.Migrations;

namespace NewsBot.Hosting;

/// <summary>Brings the database schema up to date when the host starts.</summary>
internal sealed class StorageStartup(IStorageMigrator migrator) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken) =>
        await migrator.MigrateAsync(cancellationToken).ConfigureAwait(false);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
