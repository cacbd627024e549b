using CoachBot.Bot.Outbound;
using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Auth;
using CoachBot.Bot.School;
using CoachBot.Bot.Scheduling;
using CoachBot.Dialogs;
using CoachBot.Dialogs.RolesQa;
using CoachBot.Dialogs.School;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs.State;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CoachBot.Bot.Hosting;

/// <summary>Composition: the two calls <c>Program.cs</c> makes (style.md §6).</summary>
public static class CoachBotHosting
{
    /// <summary>Registers CoachBot's services, options (validated at start-up), storage and workers.</summary>
    public static WebApplicationBuilder AddCoachBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddHttpClient();

        services.AddValidatedOptions<BotOptions>(BotOptions.SectionName);
        services.AddValidatedOptions<StorageOptions>(StorageOptions.SectionName);
        services.AddValidatedOptions<SchoolOptions>(SchoolOptions.SectionName);
        services.AddValidatedOptions<CoachingOptions>(CoachingOptions.SectionName);
        services.AddValidatedOptions<JobOptions>(JobOptions.SectionName);
        services.AddInboundAuthentication();
        services.AddRolesQa(builder.Environment.ContentRootPath);
        services.AddValidatedOptions<KnowledgeOptions>(KnowledgeOptions.SectionName);

        // Storage
        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddSingleton<IStorageModule, CoreStorageModule>();
        services.AddSingleton<IStateStore, SqliteStateStore>();
        services.AddSingleton<ICardInstanceStore, SqliteCardInstanceStore>();

        services.AddSchoolStorage();
        services.AddJobs();
        services.AddOutbound();
        services.DocumentOptions<OutboundOptions>(OutboundOptions.SectionName);

        // Dialogs and the school's rules
        services.AddSchool();
        services.AddDialogs();

        // Pipeline
        services.AddSingleton<ITurnTimeZoneResolver, TurnTimeZoneResolver>();
        services.AddSingleton<IMessageActivityFactory, MessageActivityFactory>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<MentionResolver>();
        services.AddSingleton<ProcessedActivityStore>();
        services.AddSingleton<WelcomeLog>();
        services.AddSingleton<TurnPipeline>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>Migrates the database, then maps <c>/api/messages</c> and the health endpoints.</summary>
    public static async Task<WebApplication> UseCoachBotAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }
}
