namespace NewsBot.Core.Commands.Figures;

/// <summary>One line of <c>figures</c>: a figure, or figures about the same thing that disagree, side by side.</summary>
internal sealed record FigureLine(ReplyItem Item, DateTimeOffset ReportedAt);
