using CoachBot.Bot.Downloads;
using CoachBot.Bot.Outbound;
using CoachBot.Bot.Pipeline;
using CoachBot.Bot.Protocol.Activities;
using CoachBot.Bot.Protocol.Auth;
using CoachBot.Bot.Scheduling;
using CoachBot.Bot.Storage;
using CoachBot.Dialogs;
using CoachBot.Dialogs.Engine;
using CoachBot.Dialogs.Features;
using CoachBot.Dialogs.School;
using CoachBot.Dialogs.Scheduling;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace CoachBot.Bot.Hosting;

/// <summary>Composition: the two calls <c>Program.cs</c> makes (style.md §6), and the container they build.</summary>
public static class CoachBotHosting
{
    /// <summary>Registers CoachBot's services, options (validated at start-up), storage, features and workers.</summary>
    public static WebApplicationBuilder AddCoachBot(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddCoachBotServices(builder.Environment);
        return builder;
    }

    /// <summary>
    /// Everything <see cref="AddCoachBot"/> registers, on any service collection that has (or will have) an
    /// <c>IConfiguration</c>: the web host uses it, and so do the in-memory conversation tests, so both run the same
    /// composition and the same pipeline.
    /// </summary>
    public static IServiceCollection AddCoachBotServices(this IServiceCollection services, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(environment);
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddHttpClient();

        services.AddValidatedOptions<BotOptions>(BotOptions.SectionName);
        services.AddValidatedOptions<StorageOptions>(StorageOptions.SectionName);
        services.AddValidatedOptions<SchoolOptions>(SchoolOptions.SectionName);
        services.AddValidatedOptions<CoachingOptions>(CoachingOptions.SectionName);
        services.AddValidatedOptions<JobOptions>(JobOptions.SectionName);
        services.AddInboundAuthentication();

        services.AddSqliteStorage(CoachBotFeatures.StorageAreas());
        services.AddJobs();
        services.AddOutbound();
        services.DocumentOptions<OutboundOptions>(OutboundOptions.SectionName);

        // The school's rules, the dialog engine, and the features
        services.AddSchool();
        services.AddDialogs();
        services.AddFeatures(CoachBotFeatures.Features(environment), new HostOptionsBinder(services));
        services.AddDownloads();

        // Pipeline
        services.AddSingleton<ITurnTimeZoneResolver, TurnTimeZoneResolver>();
        services.AddSingleton<IMessageActivityFactory, MessageActivityFactory>();
        services.AddSingleton<ConversationLocks>();
        services.AddSingleton<MentionResolver>();
        services.AddSingleton<TurnPipeline>();
        services.AddJobHandler<ProcessedActivityPurgeJob>();

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>
    /// Prepares the built container: validates the settings, checks that every store a feature needs is registered, builds the router (which
    /// refuses two claims on one command name, verb or dialog id), and migrates the database. A mistake in a feature's
    /// registration stops start-up here, naming it.
    /// </summary>
    public static async Task PrepareAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Settings first, before the database is touched or any timer runs: a wrong value stops start-up here, naming the
        // key, and nothing half-started has to be torn down (the host would validate them again on start; that is cheap).
        services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();
        services.GetRequiredService<FeatureCatalog>().EnsureStoresRegistered(services.GetRequiredService<IServiceProviderIsService>());
        services.GetRequiredService<DialogRouter>();
        services.GetRequiredService<DownloadLinkService>(); // refuses two download sources of one kind
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);

        // Redelivery records are kept for Bot:RedeliveryWindow only; the purge runs hourly from the first hour after start.
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        await ProcessedActivityPurgeJob.ScheduleAsync(services.GetRequiredService<IJobScheduler>(), now + ProcessedActivityPurgeJob.Every, cancellationToken);
    }

    /// <summary>Prepares the container, then maps <c>/api/messages</c>, the download page (<c>/download</c>) and the health endpoints.</summary>
    public static async Task<WebApplication> UseCoachBotAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await PrepareAsync(app.Services, app.Lifetime.ApplicationStopping);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapPost("/api/messages", MessagesEndpoint.HandleAsync);
        app.MapDownloads();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return app;
    }

    /// <summary>Binds each feature's options like the host's own: validated at start-up and listed for the settings template.</summary>
    private sealed class HostOptionsBinder(IServiceCollection services) : IFeatureOptionsBinder
    {
        public void Bind<TOptions>(string section)
            where TOptions : class =>
            services.AddValidatedOptions<TOptions>(section);
    }
}
