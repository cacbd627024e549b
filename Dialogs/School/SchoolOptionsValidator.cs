using Microsoft.Extensions.Options;

namespace CoachBot.Dialogs.School;

/// <summary>Start-up check of <c>School:*</c>; each message names the key at fault (e.g. <c>School:Breaks:2:End</c>).</summary>
public sealed class SchoolOptionsValidator : IValidateOptions<SchoolOptions>
{
    public ValidateOptionsResult Validate(string? name, SchoolOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return SchoolOptionsParser.Parse(options, out var errors) is null
            ? ValidateOptionsResult.Fail(errors)
            : ValidateOptionsResult.Success;
    }
}
