using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace CoachBot.Bench.Turns;

/// <summary>
/// A server under test in its own process (<c>dotnet X.dll --urls http://127.0.0.1:port</c>): started, waited
/// for until its health endpoint answers, measured (CPU time, peak working set from <c>/proc</c>) and killed
/// with its process tree on dispose or when the harness exits.
/// </summary>
internal sealed class ChildHost : IAsyncDisposable
{
    private const int KeptOutputBytes = 8192;
    private readonly Process _process;
    private readonly object _tailLock = new();
    private readonly byte[] _tail = new byte[KeptOutputBytes];
    private readonly EventHandler _onExit;
    private readonly Task[] _pumps;
    private readonly byte[]? _countedPattern;
    private long _outputLines;
    private long _outputBytes;
    private long _patternHits;

    private ChildHost(Process process, Uri baseUri, string? countedPattern)
    {
        _process = process;
        BaseUri = baseUri;
        _countedPattern = string.IsNullOrEmpty(countedPattern) ? null : System.Text.Encoding.UTF8.GetBytes(countedPattern);
        _onExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _onExit;
        _pumps = [PumpAsync(process.StandardOutput.BaseStream), PumpAsync(process.StandardError.BaseStream)];
    }

    public Uri BaseUri { get; }

    public int ProcessId => _process.Id;

    /// <summary>Lines the child wrote to stdout and stderr (its logs) so far.</summary>
    public long OutputLines => Interlocked.Read(ref _outputLines);

    /// <summary>Times the pattern given at start (e.g. a log event id) appeared in the child's output so far.</summary>
    public long PatternHits => Interlocked.Read(ref _patternHits);

    /// <summary>The child's last few kilobytes of output, for a failure report.</summary>
    public string LastOutput
    {
        get
        {
            lock (_tailLock)
            {
                var length = (int)Math.Min(_outputBytes, KeptOutputBytes);
                var start = (int)((_outputBytes - length) % KeptOutputBytes);
                var bytes = new byte[length];
                for (var i = 0; i < length; i++)
                {
                    bytes[i] = _tail[(start + i) % KeptOutputBytes];
                }

                return System.Text.Encoding.UTF8.GetString(bytes);
            }
        }
    }

    public static async Task<ChildHost> StartAsync(
        IReadOnlyList<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string> environment,
        string healthPath,
        TimeSpan startTimeout,
        CancellationToken cancellationToken,
        string? countedPattern = null)
    {
        var port = FreeLoopbackPort();
        var baseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(baseUri.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        process.Start();
        var child = new ChildHost(process, baseUri, countedPattern);
        try
        {
            await child.WaitUntilHealthyAsync(healthPath, startTimeout, cancellationToken);
            return child;
        }
        catch
        {
            await child.DisposeAsync();
            throw;
        }
    }

    /// <summary>Throws with the child's last output when it is no longer running (it crashed or was killed).</summary>
    public void EnsureRunning(string what)
    {
        if (_process.HasExited)
        {
            throw new InvalidOperationException(
                $"the {what} process (pid {_process.Id}) exited with code {_process.ExitCode} during the run; its last output:{Environment.NewLine}{LastOutput}");
        }
    }

    /// <summary>User plus system CPU time the child has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>The child's peak resident set so far (<c>VmHWM</c> in <c>/proc/&lt;pid&gt;/status</c>), in MB.</summary>
    public double PeakWorkingSetMegabytes() => ProcStatus.ReadKilobytes(_process.Id, "VmHWM") / 1024.0;

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _onExit;
        Kill();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped in time; nothing more we can do.
        }

        await Task.WhenAll(_pumps).WaitAsync(TimeSpan.FromSeconds(5), TimeProvider.System).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>
    /// Drains one output stream of the child in large raw reads (a line-by-line reader would cost the harness
    /// more CPU than some servers spend per turn), counting lines and keeping the last few kilobytes.
    /// </summary>
    private async Task PumpAsync(Stream stream)
    {
        var buffer = new byte[65536];
        var carry = _countedPattern is null ? [] : new byte[_countedPattern.Length - 1];
        var carried = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer)) > 0)
            {
                var chunk = buffer.AsSpan(0, read);
                Interlocked.Add(ref _outputLines, chunk.Count((byte)'\n'));
                if (_countedPattern is not null)
                {
                    carried = CountPattern(_countedPattern, carry, carried, chunk);
                }

                lock (_tailLock)
                {
                    foreach (var b in chunk[Math.Max(0, read - KeptOutputBytes)..])
                    {
                        _tail[_outputBytes++ % KeptOutputBytes] = b;
                    }
                }
            }
        }
        catch (IOException)
        {
            // The child went away mid-read.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while reading.
        }
    }

    /// <summary>
    /// Counts the pattern in <paramref name="chunk"/>, including a match that straddles the end of the previous chunk
    /// (its last bytes kept in <paramref name="carry"/>); returns how many bytes are carried now.
    /// </summary>
    private int CountPattern(byte[] pattern, byte[] carry, int carried, ReadOnlySpan<byte> chunk)
    {
        var hits = 0;
        if (carried > 0)
        {
            var joined = new byte[carried + Math.Min(chunk.Length, pattern.Length - 1)];
            carry.AsSpan(0, carried).CopyTo(joined);
            chunk[..(joined.Length - carried)].CopyTo(joined.AsSpan(carried));
            hits += Occurrences(joined, pattern);
        }

        hits += Occurrences(chunk, pattern);
        if (hits > 0)
        {
            Interlocked.Add(ref _patternHits, hits);
        }

        var keep = Math.Min(carry.Length, chunk.Length);
        chunk[^keep..].CopyTo(carry);
        return keep;
    }

    private static int Occurrences(ReadOnlySpan<byte> text, ReadOnlySpan<byte> pattern)
    {
        var count = 0;
        int at;
        while ((at = text.IndexOf(pattern)) >= 0)
        {
            count++;
            text = text[(at + pattern.Length)..];
        }

        return count;
    }

    private async Task WaitUntilHealthyAsync(string healthPath, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = BenchHttp.CreateClient(TimeSpan.FromSeconds(5));
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"the child process exited with code {_process.ExitCode} before it was ready; its last output:{Environment.NewLine}{LastOutput}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUri, healthPath), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (Stopwatch.GetElapsedTime(started) > timeout)
            {
                throw new TimeoutException($"the child process was not ready within {timeout.TotalSeconds:0} s; its last output:{Environment.NewLine}{LastOutput}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), TimeProvider.System, cancellationToken);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
