using System.Text;
using CoachBot.Bot.Storage;
using CoachBot.Cards.Views.Reflections;
using CoachBot.Cards.Views.Roles;
using CoachBot.Dialogs.Features.Requests;
using CoachBot.Tests.Infrastructure.Host;
using CoachBot.Tests.Reflections;

namespace CoachBot.Tests.OwnData;

/// <summary>
/// "Deleted for good" is true of the database file itself: the deleted rows' (and erased words') bytes are overwritten
/// (SQLite <c>secure_delete</c>), not left in free pages where a copy of the file would still show them.
/// </summary>
public sealed class SecureDeleteTests : IDisposable
{
    private readonly DownloadHost _host = new();

    [Fact]
    public async Task DeleteMyReflections_LeavesNoTraceOfTheirWordsInTheDatabaseFile()
    {
        const string Marker = "zebra-marker-4711 observed ms lee's class";
        await _host.WithAsync(ChatUser.Alice);
        await _host.SaveAsync(ChatUser.Alice, ReflectionsHost.Coaching(Marker, 20));
        var database = _host.Get<SqliteDatabase>();
        Checkpoint(database);
        Assert.True(FileHolds(Marker), "the words are in the file before the delete");

        await _host.Chat(ChatUser.Alice)
            .Send("delete my reflections").ExpectCard(ReflectionDeleteAllCard.Kind)
            .Execute(ReflectionDeleteAllPayload.VerbName).ExpectInvokeCard(ReflectionDeleteAllCard.DeletedKind);
        Checkpoint(database);

        Assert.False(FileHolds(Marker), "the words are overwritten in the file after the delete");
    }

    [Fact]
    public async Task ErasingATeachersRequests_LeavesNoTraceOfTheirWordsInTheDatabaseFile()
    {
        const string Marker = "zebra-marker-4712 help with padlet for room 12";
        var requests = _host.Get<IRequestStore>();
        var created = await requests.CreateAsync(
            new NewRequest("form-1", ChatUser.Alice.AadObjectId, ChatUser.Alice.Name, "", TopicIds.ResourceProvider, Marker, "grade-marker-4713", Urgency.ThisWeek,
                "times-marker-4714", _host.Factory.Time.GetUtcNow()),
            TestContext.Current.CancellationToken);
        var database = _host.Get<SqliteDatabase>();
        Checkpoint(database);
        Assert.True(FileHolds(Marker), "the words are in the file before the delete");

        var erased = await _host.Get<IRequestDataStore>().EraseAsync(ChatUser.Alice.AadObjectId, 1, _host.Factory.Time.GetUtcNow(), TestContext.Current.CancellationToken);
        Checkpoint(database);

        Assert.Equal([created.Id], erased!.Erased);
        Assert.Equal([created.Id], erased.Withdrawn);
        Assert.False(FileHolds(Marker), "the need is overwritten in the file");
        Assert.False(FileHolds("grade-marker-4713"), "the class or grade is overwritten in the file");
        Assert.False(FileHolds("times-marker-4714"), "the preferred times are overwritten in the file");
    }

    public void Dispose() => _host.Dispose();

    private static void Checkpoint(SqliteDatabase database)
    {
        var result = database.Checkpoint();
        Assert.True(result is { } done && done.CopiedPages == done.LogPages, $"every page of the write-ahead log was copied ({result})");
    }

    private bool FileHolds(string text)
    {
        using var file = new FileStream(_host.Factory.DatabasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        file.CopyTo(memory);
        return memory.ToArray().AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
    }
}
