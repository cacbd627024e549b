using CoachBot.Dialogs.School;

namespace CoachBot.Tests.School;

public sealed class CoachingOptionsValidatorTests
{
    [Fact]
    public void Admin_ids_must_be_AAD_object_ids_and_the_message_names_the_key()
    {
        var options = new CoachingOptions { Admins = [Guid.NewGuid().ToString(), "ada@school.example", Guid.NewGuid().ToString("B")] };

        var result = new CoachingOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Coaching:Admins:1 'ada@school.example' is not an Entra (AAD) object id", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void No_admins_and_GUID_admins_are_valid()
    {
        Assert.True(new CoachingOptionsValidator().Validate(null, new CoachingOptions()).Succeeded);
        Assert.True(new CoachingOptionsValidator().Validate(null, new CoachingOptions { Admins = [Guid.NewGuid().ToString("N")] }).Succeeded);
    }
}
