using NewsBot.Core.Commands;
using NewsBot.Telegram.Interaction;
using NewsBot.Telegram.Polling;
using NewsBot.Testing.Stores;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Telegram.Tests.Polling;

public sealed class UpdateJournalTests
{
    [Fact]
    public async Task SaveThenRead_KeepsTheLibrarysRequestsAndThatThePressWasAnswered()
    {
        var journal = new UpdateJournal(new InMemoryPlatformStateStore());
        var chat = new Chat { Id = -1001700, Type = ChatType.Supergroup };
        var record = new UpdateInProgress
        {
            UpdateId = 900,
            Attempts = 2,
            Sent = 1,
            Answered = true,
            Outcome = new UpdateOutcome
            {
                Messages =
                [
                    UpdateHandler.ReplyTo(new Message { Id = 42, Chat = chat, MessageThreadId = 5, IsTopicMessage = true }, Reply.Text("Subscribed to “japon”")),
                    new SendMessageRequest { ChatId = chat.Id, Text = "Second" },
                ],
                Answer = new AnswerCallbackQueryRequest { CallbackQueryId = "cb9", Text = "Done" },
            },
        };

        await journal.SaveAsync(record, CancellationToken.None);
        var read = await journal.ReadAsync(900, CancellationToken.None);

        Assert.NotNull(read);
        Assert.Equal((2, 1, true), (read.Attempts, read.Sent, read.Answered));
        var first = read.Outcome!.Messages[0];
        Assert.Equal(-1001700, first.ChatId?.Identifier);
        Assert.Equal(5, first.MessageThreadId);
        Assert.Equal(42, first.ReplyParameters?.MessageId);
        Assert.Equal(ParseMode.Html, first.ParseMode);
        Assert.Equal(record.Outcome.Messages[0].Text, first.Text);
        Assert.Equal("cb9", read.Outcome.Answer?.CallbackQueryId);
        Assert.Equal(3, read.Outcome.Calls);
    }

    [Fact]
    public async Task Read_ARecordWrittenByTheReleaseBeforeTelegramBot_IsResumed()
    {
        var state = new InMemoryPlatformStateStore();
        await state.SetAsync(
            UpdateJournal.Key,
            "{\"update_id\":77,\"attempts\":1,\"outcome\":{\"messages\":[{\"chat_id\":-1001500,\"message_thread_id\":4,\"text\":\"<b>Subscribed</b>\",\"parse_mode\":\"HTML\",\"link_preview_options\":{\"is_disabled\":true},\"reply_parameters\":{\"message_id\":9,\"allow_sending_without_reply\":true}}]},\"sent\":0}",
            CancellationToken.None);

        var read = await new UpdateJournal(state).ReadAsync(77, CancellationToken.None);

        var message = Assert.Single(read!.Outcome!.Messages);
        Assert.Equal(-1001500, message.ChatId?.Identifier);
        Assert.Equal(ParseMode.Html, message.ParseMode);
        Assert.Equal(9, message.ReplyParameters?.MessageId);
    }

    [Fact]
    public async Task Read_ARecordOfAnotherUpdateOrUnreadable_IsNone()
    {
        var state = new InMemoryPlatformStateStore();
        var journal = new UpdateJournal(state);
        await journal.SaveAsync(new UpdateInProgress { UpdateId = 1 }, CancellationToken.None);

        var other = await journal.ReadAsync(2, CancellationToken.None);
        await state.SetAsync(UpdateJournal.Key, "{\"update_id\":3,\"outcome\":{\"messages\":[{\"chat_id\":[]}]}}", CancellationToken.None);
        var unreadable = await journal.ReadAsync(3, CancellationToken.None);

        Assert.Null(other);
        Assert.Null(unreadable);
    }
}
