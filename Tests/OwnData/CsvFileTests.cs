using CoachBot.Dialogs.OwnData;

namespace CoachBot.Tests.OwnData;

/// <summary>The CSV an export is written as: RFC 4180, UTF-8 with a byte order mark, and no formula a spreadsheet would run.</summary>
public sealed class CsvFileTests
{
    [Fact]
    public void Write_StartsWithTheByteOrderMark_HasTheHeadingsFirst_AndEndsEveryRecordWithCrlf()
    {
        var bytes = CsvFile.Write(new ExportTable("test", ["When", "What"], [["2026-11-30 15:00", "modeled Padlet"]]));

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("When,What\r\n2026-11-30 15:00,modeled Padlet\r\n", System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("Ms. Lee, grade 4", "\"Ms. Lee, grade 4\"")]
    [InlineData("she said \"wow\"", "\"she said \"\"wow\"\"\"")]
    [InlineData("line one\nline two", "\"line one\nline two\"")]
    [InlineData("line one\r\nline two", "\"line one\r\nline two\"")]
    [InlineData("", "")]
    [InlineData("a=b+c-d@e", "a=b+c-d@e")]
    [InlineData(" =1+1", " =1+1")]
    public void Cell_QuotesCommasQuotesAndLineBreaks_AndLeavesTheRestAlone(string value, string written) =>
        Assert.Equal(written, CsvFile.Cell(value));

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("=HYPERLINK(\"https://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"click\"\")\"")]
    [InlineData("+1 555 0100", "'+1 555 0100")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("=cmd|' /C calc'!A0, then more", "\"'=cmd|' /C calc'!A0, then more\"")]
    public void Cell_StartingAFormula_IsNeutralisedWithAnApostrophe(string value, string written) =>
        Assert.Equal(written, CsvFile.Cell(value));

    [Fact]
    public void Write_ReadsBackCellForCell_WithUnicodeCommasQuotesAndLineBreaks()
    {
        string[][] rows =
        [
            ["Zoë's class, \"stations\"", "line one\r\nline two\nline three", "😀 emoji and accents: é ñ ü"],
            ["", "=danger", "-5 minutes"],
        ];

        var read = CsvReader.Read(CsvFile.Write(new ExportTable("test", ["A", "B, with comma", "C \"quoted\""], rows)));

        Assert.Equal(["A", "B, with comma", "C \"quoted\""], read[0]);
        Assert.Equal(rows[0], read[1]);
        Assert.Equal(["", "'=danger", "'-5 minutes"], read[2]);
        Assert.Equal(3, read.Count);
    }

    [Fact]
    public void Write_RefusesARowWithTheWrongNumberOfCells() =>
        Assert.Throws<ArgumentException>(() => CsvFile.Write(new ExportTable("test", ["A", "B"], [["only one"]])));

    [Fact]
    public void FileName_NamesCoachBotTheTableAndTheDay() =>
        Assert.Equal("coachbot-reflections-2026-11-30.csv", CsvFile.FileName("reflections", new DateOnly(2026, 11, 30)));
}
