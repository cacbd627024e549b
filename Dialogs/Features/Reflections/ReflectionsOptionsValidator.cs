using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.Features.Reflections;

/// <summary>Stops start-up when <see cref="ReflectionsOptions.DevelopmentCoaches"/> is set outside Development.</summary>
internal sealed class ReflectionsOptionsValidator(bool isDevelopment) : IValidateOptions<ReflectionsOptions>
{
    public ValidateOptionsResult Validate(string? name, ReflectionsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!isDevelopment && options.DevelopmentCoaches.Any(id => !string.IsNullOrWhiteSpace(id)))
        {
            return ValidateOptionsResult.Fail(
                $"{ReflectionsOptions.SectionName}:DevelopmentCoaches is honoured only in the Development environment; remove it. " +
                "Coaches are added in chat by an admin (add coach @Name).");
        }

        return ValidateOptionsResult.Success;
    }
}
