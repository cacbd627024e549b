using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>Registers the roles Q&amp;A: the knowledge base (read once from <c>Knowledge:Path</c>) and the answerer.</summary>
public static class RolesQaServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="KnowledgeBase"/> and <see cref="QuestionAnswerer"/> as singletons. The caller binds
    /// <see cref="KnowledgeOptions"/> to its section (<c>.BindConfiguration(KnowledgeOptions.SectionName)</c>);
    /// a relative <see cref="KnowledgeOptions.Path"/> is resolved against <paramref name="contentRootPath"/>.
    /// The options are validated on start: an invalid knowledge folder stops start-up with every problem listed.
    /// </summary>
    public static OptionsBuilder<KnowledgeOptions> AddRolesQa(this IServiceCollection services, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRootPath);
        services.AddSingleton<IValidateOptions<KnowledgeOptions>>(new KnowledgeOptionsValidator(contentRootPath));
        services.AddSingleton(provider =>
            KnowledgeBase.Load(provider.GetRequiredService<IOptions<KnowledgeOptions>>().Value.ResolvePath(contentRootPath)));
        services.AddSingleton<QuestionAnswerer>();
        return services.AddOptions<KnowledgeOptions>().ValidateOnStart();
    }
}
