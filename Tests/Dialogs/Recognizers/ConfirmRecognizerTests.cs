using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

public sealed class ConfirmRecognizerTests
{
    [Theory]
    [InlineData("yes")]
    [InlineData("Yes!")]
    [InlineData("YES")]
    [InlineData("y")]
    [InlineData("Y.")]
    [InlineData("yeah")]
    [InlineData("yep")]
    [InlineData("yup")]
    [InlineData("sure")]
    [InlineData("Sure thing!")]
    [InlineData("ok")]
    [InlineData("OK.")]
    [InlineData("okay")]
    [InlineData("of course")]
    [InlineData("Definitely")]
    [InlineData("absolutely")]
    [InlineData("correct")]
    [InlineData("right")]
    [InlineData("that's right")]
    [InlineData("please do")]
    [InlineData("yes please")]
    [InlineData("Yes, please!")]
    [InlineData("yesss")]
    [InlineData("well, yes")]
    [InlineData("yes, let's do it")]
    [InlineData("no problem")]
    [InlineData("definately")]
    [InlineData("absolutly")]
    [InlineData("👍")]
    [InlineData("👍🏽")]
    [InlineData("yes 👍")]
    [InlineData("✅")]
    [InlineData("(y)")]
    public void Recognize_Agreement_ReturnsYes(string text) => Assert.True(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("no")]
    [InlineData("No.")]
    [InlineData("n")]
    [InlineData("nope")]
    [InlineData("nah")]
    [InlineData("not now")]
    [InlineData("never")]
    [InlineData("no thanks")]
    [InlineData("no, thanks")]
    [InlineData("No thank you.")]
    [InlineData("nooo")]
    [InlineData("nope, not now")]
    [InlineData("absolutely not")]
    [InlineData("of course not")]
    [InlineData("I don't think so")]
    [InlineData("no, I'm busy")]
    [InlineData("👎")]
    [InlineData("❌")]
    [InlineData("(n)")]
    public void Recognize_Refusal_ReturnsNo(string text) => Assert.False(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("cancel")]
    [InlineData("Cancel!")]
    [InlineData("ok cancel")]
    [InlineData("no, cancel")]
    public void Recognize_Cancel_ReturnsNoneForTheEngineToInterrupt(string text) => Assert.Null(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("yes no")]
    [InlineData("yes and no")]
    [InlineData("sure, but not now")]
    [InlineData("👍👎")]
    [InlineData("no 👍")]
    public void Recognize_Contradiction_ReturnsNone(string text) => Assert.Null(ConfirmRecognizer.Recognize(text));

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("no idea")]
    [InlineData("never mind")]
    [InlineData("I guess yes")]
    [InlineData("hello")]
    [InlineData("yse")]
    [InlineData("asdfgh")]
    [InlineData("ja")]
    [InlineData("да")]
    [InlineData("日本")]
    [InlineData("😀")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Recognize_UndecidedOrGarbage_ReturnsNone(string? text) => Assert.Null(ConfirmRecognizer.Recognize(text));

    [Fact]
    public void Recognize_TenThousandCharacters_ReturnsNoneQuickly() =>
        Assert.Null(RecognizerFixtures.Timed(() => ConfirmRecognizer.Recognize(RecognizerFixtures.LongText("yes "))));

    [Fact]
    public void Recognize_Junk_NeverThrows()
    {
        foreach (var text in RecognizerFixtures.Junk(seed: 13, count: 3_000))
        {
            _ = ConfirmRecognizer.Recognize(text);
        }
    }
}
