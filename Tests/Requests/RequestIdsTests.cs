using CoachBot.Dialogs.Features.Requests;

namespace CoachBot.Tests.Requests;

/// <summary>Short request ids: six unambiguous characters, the same for the same form, read back as people type them.</summary>
public sealed class RequestIdsTests
{
    [Fact]
    public void TheSameForm_GivesTheSameId_AndTheNextAttemptAnother()
    {
        var first = RequestIds.Candidate("0190a1b2c3d47000800000000000abcd", 0);

        Assert.Equal(first, RequestIds.Candidate("0190a1b2c3d47000800000000000abcd", 0));
        Assert.NotEqual(first, RequestIds.Candidate("0190a1b2c3d47000800000000000abcd", 1));
        Assert.Matches("^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{6}$", first);
        Assert.Equal("R-" + first, RequestIds.Show(first));
    }

    [Theory]
    [InlineData("R-7K3Q9X", true, "7K3Q9X")]
    [InlineData("r-7k3q9x", true, "7K3Q9X")]
    [InlineData("#7K3Q9X", true, "7K3Q9X")]
    [InlineData("7K3Q9X", false, "7K3Q9X")]
    [InlineData(" R-7K3Q9X. ", true, "7K3Q9X")]
    [InlineData("R-OIL123", true, "011123")]
    public void ATypedId_IsReadForgivingly(string typed, bool requirePrefix, string expected)
    {
        Assert.True(RequestIds.TryParse(typed, requirePrefix, out var id));
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("padlet", true)]
    [InlineData("7K3Q9X", true)]
    [InlineData("R-7K3Q9", false)]
    [InlineData("R-7K3Q9XX", false)]
    [InlineData("R-7K3Q9U", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void AnythingElse_IsNoId(string? typed, bool requirePrefix)
    {
        Assert.False(RequestIds.TryParse(typed, requirePrefix, out _));
    }
}
