using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace CoachBot.Bot.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: read and check the body, authenticate, then hand the activity to the
/// pipeline. Bad input gets a 4xx with a problem+json body before any feature code runs; a rejected token
/// gets 401 with no detail (the reason is logged, never echoed).
/// </summary>
public static class MessagesEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext httpContext,
        IOptions<BotOptions> options,
        IInboundAuthenticator authenticator,
        TurnPipeline pipeline)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var cancellationToken = httpContext.RequestAborted;
        var read = await InboundRequestReader.ReadAsync(httpContext.Request, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (!read.IsValid)
        {
            return Results.Problem(statusCode: read.Status, title: "The request was not accepted.", detail: read.Problem);
        }

        var activity = read.Activity!;
        var auth = await authenticator.AuthenticateAsync(
            httpContext.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null,
            activity.ChannelId,
            activity.ServiceUrl,
            cancellationToken);
        if (!auth.Succeeded)
        {
            // The authenticator logged the reason; the caller learns nothing more than 401.
            httpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var result = await pipeline.ProcessAsync(activity, authenticated: !auth.IsAnonymous, cancellationToken);
        return result.JsonBody is { } body
            ? Results.Content(body, "application/json", System.Text.Encoding.UTF8, result.Status)
            : Results.StatusCode(result.Status);
    }
}
