using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>
/// Validates <see cref="KnowledgeOptions"/> by reading the knowledge folder it points at, so start-up stops
/// with every problem listed (unknown related id, duplicate id, empty answer, a missing topic, ...).
/// </summary>
internal sealed class KnowledgeOptionsValidator(string contentRootPath) : IValidateOptions<KnowledgeOptions>
{
    public ValidateOptionsResult Validate(string? name, KnowledgeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Path))
        {
            return ValidateOptionsResult.Fail($"{KnowledgeOptions.SectionName}:Path is empty; set it to the folder of topic Markdown files.");
        }

        var directory = options.ResolvePath(contentRootPath);
        var problems = KnowledgeBase.Validate(directory);
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(new KnowledgeValidationException(directory, problems).Message);
    }
}
