using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NewsBot.Telegram.Tests.Interaction;

/// <summary>
/// The bot's subscriptions in a chat pause when a <c>my_chat_member</c> update takes it out and resume when one
/// brings it back; whether a status is "in" is the library's <see cref="ChatMember.IsInChat"/>, pinned here.
/// </summary>
public sealed class BotMembershipTests
{
    private const string Bot = """ "user":{"id":42,"is_bot":true,"first_name":"NewsBot"} """;

    [Theory]
    [InlineData("""{"status":"creator","is_anonymous":false,""" + Bot + "}", true)]
    [InlineData("""{"status":"administrator","can_be_edited":false,"is_anonymous":false,"can_manage_chat":true,"can_delete_messages":false,"can_manage_video_chats":false,"can_restrict_members":false,"can_promote_members":false,"can_change_info":false,"can_invite_users":false,"can_post_stories":false,"can_edit_stories":false,"can_delete_stories":false,""" + Bot + "}", true)]
    [InlineData("""{"status":"member",""" + Bot + "}", true)]
    [InlineData("""{"status":"restricted","is_member":true,"until_date":0,""" + Bot + "}", true)]
    [InlineData("""{"status":"restricted","is_member":false,"until_date":0,""" + Bot + "}", false)]
    [InlineData("""{"status":"left",""" + Bot + "}", false)]
    [InlineData("""{"status":"kicked","until_date":0,""" + Bot + "}", false)]
    public void IsInChat_BotStatus_SaysWhetherTheChatsAlertsRun(string json, bool inChat) =>
        Assert.Equal(inChat, JsonSerializer.Deserialize<ChatMember>(json, JsonBotAPI.Options)!.IsInChat);
}
