using System.Text;

namespace CoachBot.Tests.OwnData;

/// <summary>
/// A strict RFC 4180 reader for the tests (what a spreadsheet does when it opens the file): fields separated by commas,
/// records by CRLF, quoted fields with doubled quotes and line breaks inside. Anything else fails the test.
/// </summary>
internal static class CsvReader
{
    /// <summary>The records of <paramref name="bytes"/>, which must start with the UTF-8 byte order mark.</summary>
    public static List<List<string>> Read(byte[] bytes)
    {
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "the file starts with the UTF-8 byte order mark");
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3);
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.True(i < text.Length, "a quoted field is closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(text[i++]);
                }

                Assert.True(i == text.Length || text[i] is ',' or '\r', $"a quoted field ends at a comma or CRLF (at {i})");
                continue;
            }

            switch (text[i])
            {
                case ',':
                    record.Add(field.ToString());
                    field.Clear();
                    i++;
                    break;
                case '\r':
                    Assert.True(i + 1 < text.Length && text[i + 1] == '\n', "records end with CRLF");
                    record.Add(field.ToString());
                    field.Clear();
                    records.Add(record);
                    record = [];
                    i += 2;
                    break;
                case '\n':
                    Assert.Fail("a bare LF outside quotes");
                    break;
                case '"':
                    Assert.Fail($"a quote inside an unquoted field (at {i})");
                    break;
                default:
                    field.Append(text[i++]);
                    break;
            }
        }

        Assert.True(field.Length == 0 && record.Count == 0, "the last record ends with CRLF");
        return records;
    }
}
