using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.School;

/// <summary>Checks that every <c>Coaching:Admins</c> entry is an Entra object id (a GUID).</summary>
public sealed class CoachingOptionsValidator : IValidateOptions<CoachingOptions>
{
    public ValidateOptionsResult Validate(string? name, CoachingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        for (var i = 0; i < options.Admins.Count; i++)
        {
            if (!AadObjectIds.TryNormalize(options.Admins[i], out _))
            {
                errors.Add($"{CoachingOptions.SectionName}:Admins:{i} '{options.Admins[i]}' is not an Entra (AAD) object id: " +
                           "use the person's Object ID (a GUID such as 00000000-0000-0000-0000-000000000000, not all zeros), not their email or name.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
