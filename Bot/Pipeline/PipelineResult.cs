namespace CoachBot.Bot.Pipeline;

/// <summary>What the HTTP layer answers for a processed activity: a status and, for invokes, a JSON body.</summary>
public readonly record struct PipelineResult(int Status, string? JsonBody)
{
    public static PipelineResult Ok => new(200, null);

    public static PipelineResult NotImplemented => new(501, null);
}
