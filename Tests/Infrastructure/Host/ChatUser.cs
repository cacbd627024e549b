namespace CoachBot.Tests.Infrastructure.Host;

/// <summary>A Teams user as tests write them: a <c>29:</c> id, an Entra object id and a name.</summary>
public sealed record ChatUser(string Id, string AadObjectId, string Name)
{
    public static ChatUser Alice { get; } = new("29:alice", "aaaaaaaa-0000-4000-8000-000000000001", "Alice Adams");

    public static ChatUser Bob { get; } = new("29:bob", "bbbbbbbb-0000-4000-8000-000000000002", "Bob Brown");

    public static ChatUser Carol { get; } = new("29:carol", "cccccccc-0000-4000-8000-000000000003", "Carol Chen");
}

/// <summary>Where a test chat happens.</summary>
public sealed record ChatPlace(string ConversationId, string ConversationType)
{
    public static ChatPlace Personal(ChatUser user) => new($"a:personal-{user.Id}", "personal");

    public static ChatPlace GroupChat(string name = "staff") => new($"19:{name}@thread.v2", "groupChat");

    public static ChatPlace Channel(string name = "general") => new($"19:{name}@thread.tacv2", "channel");

    public bool IsShared => ConversationType != "personal";
}
