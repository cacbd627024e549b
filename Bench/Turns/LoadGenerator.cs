using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;

namespace CoachBot.Bench.Turns;

/// <summary>
/// Closed-loop load: <c>c</c> workers, each sending one message turn, waiting for the HTTP answer, and sending
/// the next, for a warm-up (not counted) and then a measured window. Worker <c>w</c> rotates through its own
/// conversations (<c>w</c>, <c>w+c</c>, <c>w+2c</c>, …), so no two turns ever share a conversation at once and
/// each conversation sees only a few turns per 30 s. Latency per request by Stopwatch; everything is bounded
/// in time by the request timeout.
/// </summary>
internal sealed class LoadGenerator(HttpClient client, Uri messagesUri, InboundActivities activities, Func<Snapshot> snapshot, string? latencyLog = null)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public async Task<LoadResult> RunAsync(int concurrency, string runTag, TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        if (concurrency > activities.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(concurrency), "more workers than conversations");
        }

        var start = Stopwatch.GetTimestamp();
        var measureStart = start + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var measureEnd = measureStart + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var window = new Window(measureStart, measureEnd);

        var sampler = SampleWindowAsync(warmup, duration, cancellationToken);
        var workers = new Task<WorkerResult>[concurrency];
        for (var w = 0; w < concurrency; w++)
        {
            var worker = w;
            workers[w] = Task.Run(() => WorkAsync(worker, concurrency, runTag, window, cancellationToken), cancellationToken);
        }

        var results = await Task.WhenAll(workers);
        var (begin, end) = await sampler;

        if (latencyLog is not null)
        {
            await File.AppendAllLinesAsync(
                latencyLog,
                results.SelectMany(r => r.Timeline!)
                    .OrderBy(sample => sample.Start)
                    .Select(sample => string.Create(CultureInfo.InvariantCulture, $"{runTag} {ToMs(sample.Start - measureStart):F3} {ToMs(sample.Elapsed):F3}")),
                cancellationToken);
        }

        var samples = results.SelectMany(r => r.Samples).ToArray();
        Array.Sort(samples);
        var errors = results.Sum(r => r.Errors);
        var firstError = results.Select(r => r.FirstError).FirstOrDefault(e => e is not null);
        return new LoadResult(
            concurrency,
            samples.Length,
            errors,
            firstError,
            duration.TotalSeconds,
            Percentile(samples, 0.50),
            Percentile(samples, 0.99),
            samples.Length > 0 ? ToMs(samples[^1]) : 0,
            begin,
            end,
            results.Sum(r => r.Sent));
    }

    private async Task<(Snapshot Begin, Snapshot End)> SampleWindowAsync(TimeSpan warmup, TimeSpan duration, CancellationToken cancellationToken)
    {
        await Task.Delay(warmup, TimeProvider.System, cancellationToken);
        var begin = snapshot();
        await Task.Delay(duration, TimeProvider.System, cancellationToken);
        return (begin, snapshot());
    }

    private async Task<WorkerResult> WorkAsync(int worker, int concurrency, string runTag, Window window, CancellationToken cancellationToken)
    {
        var samples = new List<long>(4096);
        var timeline = latencyLog is null ? null : new List<(long Start, long Elapsed)>(4096);
        var errors = 0L;
        string? firstError = null;
        var sent = 0L;
        var ownConversations = (activities.Count - worker + concurrency - 1) / concurrency;
        var prefix = runTag + "-w" + worker.ToString(CultureInfo.InvariantCulture) + "-";
        for (var k = 0L; ; k++)
        {
            var started = Stopwatch.GetTimestamp();
            if (started >= window.End)
            {
                break;
            }

            sent++;
            var conversation = worker + (concurrency * (int)(k % ownConversations));
            var body = activities.Body(conversation, prefix + k.ToString(CultureInfo.InvariantCulture));
            string? error;
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, messagesUri) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = Json;
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
                error = response.IsSuccessStatusCode ? null : "HTTP " + ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }
            catch (HttpRequestException exception)
            {
                error = exception.Message;
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                error = "request timed out";
            }

            var elapsed = Stopwatch.GetTimestamp() - started;
            if (started < window.Start)
            {
                continue;
            }

            if (error is null)
            {
                samples.Add(elapsed);
                timeline?.Add((started, elapsed));
            }
            else
            {
                errors++;
                firstError ??= error;
            }
        }

        return new WorkerResult(samples, timeline, errors, firstError, sent);
    }

    /// <summary>Nearest-rank percentile of sorted Stopwatch tick samples, in milliseconds.</summary>
    private static double Percentile(long[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : ToMs(sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)]);

    private static double ToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private sealed record Window(long Start, long End);

    private sealed record WorkerResult(List<long> Samples, List<(long Start, long Elapsed)>? Timeline, long Errors, string? FirstError, long Sent);
}
