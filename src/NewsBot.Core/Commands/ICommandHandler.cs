namespace NewsBot.Core.Commands;

/// <summary>One command. <see cref="CommandService"/> has checked the permission and the quota before calling it.</summary>
internal interface ICommandHandler
{
    CommandDescription Description { get; }

    /// <returns>The reply; bad input gets an error reply, never an exception.</returns>
    Task<Reply> HandleAsync(CommandArguments arguments, CommandContext context, CancellationToken cancellationToken);
}
