using CoachBot.Bot.Protocol.Activities;

namespace CoachBot.Bot.Outbound;

/// <summary>One activity call: a send (carrying <c>replyToId</c> in the body when replying), an update (PUT) or a delete.</summary>
public sealed record OutboundOperation(OutboundOperationKind Kind, OutboundTarget Target, string? ActivityId, Activity? Activity);
