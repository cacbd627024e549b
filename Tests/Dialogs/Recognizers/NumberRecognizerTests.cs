using CoachBot.Dialogs.Engine.Recognizers;

namespace CoachBot.Tests.Dialogs.Recognizers;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("42", "en-US", "42")]
    [InlineData("  12  ", "en-US", "12")]
    [InlineData("0", "en-US", "0")]
    [InlineData("-7", "en-US", "-7")]
    [InlineData("+3", "en-US", "3")]
    [InlineData("\u22124", "en-US", "-4")]
    [InlineData("3.5", "en-US", "3.5")]
    [InlineData(".5", "en-US", "0.5")]
    [InlineData("5.", "en-US", "5")]
    [InlineData("1,234.5", "en-US", "1234.5")]
    [InlineData("1,000,000", "en-US", "1000000")]
    [InlineData("1,500", "en-US", "1500")]
    [InlineData("3,5", "en-US", "3.5")]
    [InlineData("3,5", "de-DE", "3.5")]
    [InlineData("-2,25", "de-DE", "-2.25")]
    [InlineData("1.234,5", "de-DE", "1234.5")]
    [InlineData("1.500", "de-DE", "1500")]
    [InlineData("1,500", "de-DE", "1.5")]
    [InlineData("1.5", "de-DE", "1.5")]
    [InlineData("1 234,5", "fr-FR", "1234.5")]
    [InlineData("1\u202F234,5", "fr-FR", "1234.5")]
    [InlineData("1\u00A0000", "nb-NO", "1000")]
    [InlineData("1 000", "nb-NO", "1000")]
    [InlineData("2,5", "nb-NO", "2.5")]
    [InlineData("\u22123", "nb-NO", "-3")]
    [InlineData("1,00,000", "en-IN", "100000")]
    [InlineData("1,000,000", "en-IN", "1000000")]
    [InlineData("1'000.50", "de-CH", "1000.5")]
    [InlineData("1\u2019000.50", "de-CH", "1000.5")]
    [InlineData("٤٢", "en-US", "42")]
    [InlineData("４２", "en-US", "42")]
    [InlineData("४२", "hi-IN", "42")]
    public void Recognize_Digits_ReadsInTheUsersCulture(string text, string culture, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), NumberRecognizer.Recognize(text, RecognizerFixtures.Culture(culture)));

    [Theory]
    [InlineData("zero", 0)]
    [InlineData("seven", 7)]
    [InlineData("Twelve", 12)]
    [InlineData("nineteen", 19)]
    [InlineData("twenty", 20)]
    [InlineData("twenty five", 25)]
    [InlineData("twenty-five", 25)]
    [InlineData("Ninety-Nine!", 99)]
    [InlineData("a dozen", 12)]
    [InlineData("dozen", 12)]
    [InlineData("half a dozen", 6)]
    [InlineData("two dozen", 24)]
    [InlineData("a hundred", 100)]
    [InlineData("one hundred and five", 105)]
    [InlineData("three hundred twelve", 312)]
    [InlineData("two thousand", 2000)]
    [InlineData("two thousand and twenty six", 2026)]
    [InlineData("a million", 1000000)]
    [InlineData("minus five", -5)]
    [InlineData("negative 3", -3)]
    [InlineData("Minus twenty-one", -21)]
    public void Recognize_EnglishWords_ReadsTheNumber(string text, int expected) =>
        Assert.Equal(expected, NumberRecognizer.Recognize(text, RecognizerFixtures.Culture("en-GB")));

    [Fact]
    public void Recognize_MinusWordWithCultureDigits_ReadsNegativeDecimal() =>
        Assert.Equal(-3.5m, NumberRecognizer.Recognize("minus 3,5", RecognizerFixtures.Culture("de-DE")));

    [Theory]
    [InlineData("1st", 1)]
    [InlineData("2nd", 2)]
    [InlineData("3rd", 3)]
    [InlineData("4th", 4)]
    [InlineData("11th", 11)]
    [InlineData("12th", 12)]
    [InlineData("13th", 13)]
    [InlineData("21st", 21)]
    [InlineData("22nd", 22)]
    [InlineData("third", 3)]
    [InlineData("twentieth", 20)]
    [InlineData("twenty-first", 21)]
    public void Recognize_Ordinal_ReadsItsNumber(string text, int expected) =>
        Assert.Equal(expected, NumberRecognizer.Recognize(text, RecognizerFixtures.Culture("en-US")));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12abc")]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("1,2,3")]
    [InlineData("1e5")]
    [InlineData("5 apples")]
    [InlineData("about 5")]
    [InlineData("12 34")]
    [InlineData("twenty thirty")]
    [InlineData("five six")]
    [InlineData("1nd")]
    [InlineData("1th")]
    [InlineData("0th")]
    [InlineData("--5")]
    [InlineData("- 5")]
    [InlineData("+")]
    [InlineData(".")]
    [InlineData("a")]
    [InlineData("and")]
    [InlineData("NaN")]
    [InlineData("∞")]
    [InlineData("½")]
    [InlineData("minus")]
    [InlineData("minus -5")]
    [InlineData("\u0301")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("日本")]
    public void Recognize_NotANumber_ReturnsNull(string? text) =>
        Assert.Null(NumberRecognizer.Recognize(text, RecognizerFixtures.Culture("en-US")));

    [Theory]
    [InlineData("1.500", "fr-FR")]
    [InlineData("1 000", "en-US")]
    [InlineData("1.234.56", "de-DE")]
    public void Recognize_SeparatorTheCultureCannotExplain_ReturnsNull(string text, string culture) =>
        Assert.Null(NumberRecognizer.Recognize(text, RecognizerFixtures.Culture(culture)));

    [Fact]
    public void Recognize_TenThousandDigits_ReturnsNullQuickly() =>
        Assert.Null(RecognizerFixtures.Timed(() => NumberRecognizer.Recognize(new string('9', 10_000), RecognizerFixtures.Culture("en-US"))));

    [Fact]
    public void Recognize_TenThousandCharactersOfWords_ReturnsNullQuickly() =>
        Assert.Null(RecognizerFixtures.Timed(() => NumberRecognizer.Recognize(RecognizerFixtures.LongText("twenty five "), RecognizerFixtures.Culture("en-US"))));

    [Fact]
    public void Recognize_Junk_NeverThrows()
    {
        foreach (var culture in new[] { "en-US", "de-DE", "fr-FR", "en-IN" })
        {
            foreach (var text in RecognizerFixtures.Junk(seed: 11, count: 2_000))
            {
                _ = NumberRecognizer.Recognize(text, RecognizerFixtures.Culture(culture));
            }
        }
    }
}
