using System.Globalization;

namespace CoachBot.Bench.Turns;

/// <summary>Reads Linux <c>/proc</c>: a process's memory figures and the machine's load average.</summary>
internal static class ProcStatus
{
    /// <summary>A <c>kB</c> field of <c>/proc/&lt;pid&gt;/status</c> (e.g. <c>VmHWM</c>), or 0 when not readable.</summary>
    public static long ReadKilobytes(int processId, string field)
    {
        var path = $"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/status";
        if (!File.Exists(path))
        {
            return 0;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith(field + ":", StringComparison.Ordinal))
            {
                var digits = line[(field.Length + 1)..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                return long.TryParse(digits, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb) ? kb : 0;
            }
        }

        return 0;
    }

    /// <summary>The 1, 5 and 15 minute load averages as printed by <c>/proc/loadavg</c>, or "n/a".</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path))
        {
            return "n/a";
        }

        var parts = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 3 ? $"{parts[0]},{parts[1]},{parts[2]}" : "n/a";
    }
}
