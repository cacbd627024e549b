using System.Globalization;
using System.Text;

namespace CoachBot.Dialogs.OwnData;

/// <summary>
/// Writes an <see cref="ExportTable"/> as a CSV file that spreadsheets open safely: RFC 4180 (comma-separated, CRLF
/// between records, a cell with a comma, quote, CR or LF in double quotes with its quotes doubled), UTF-8 with a byte
/// order mark (so Excel reads accents and emoji right), and no formulas: a cell starting with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it as text instead of
/// running it (OWASP's advice against CSV injection).
/// </summary>
public static class CsvFile
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The file's bytes: the byte order mark, the heading row, then the rows.</summary>
    public static byte[] Write(ExportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        AppendRecord(text, table.Columns);
        foreach (var row in table.Rows)
        {
            if (row.Count != table.Columns.Count)
            {
                throw new ArgumentException($"A row of '{table.Name}' has {row.Count} cells for {table.Columns.Count} columns.", nameof(table));
            }

            AppendRecord(text, row);
        }

        var written = text.ToString();
        var preamble = Utf8WithBom.GetPreamble();
        var bytes = new byte[preamble.Length + Utf8WithBom.GetByteCount(written)];
        preamble.CopyTo(bytes, 0);
        Utf8WithBom.GetBytes(written, 0, written.Length, bytes, preamble.Length);
        return bytes;
    }

    /// <summary>One cell as written: neutralised when it would start a formula, quoted when it needs to be.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    /// <summary><c>coachbot-reflections-2026-11-30.csv</c>: the table's name and the day it was made (in the owner's zone).</summary>
    public static string FileName(string name, DateOnly madeOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return string.Create(CultureInfo.InvariantCulture, $"coachbot-{name}-{madeOn:yyyy-MM-dd}.csv");
    }

    private static void AppendRecord(StringBuilder text, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Cell(cells[i]));
        }

        text.Append("\r\n");
    }
}
