using System.Text;
using Microsoft.AspNetCore.Http;

namespace CoachBot.Bench.Turns;

/// <summary>What the loopback fake connectors (<see cref="FakeConnector"/>, the nudges bench's rate-limited one) share.</summary>
internal static class LoopbackHttp
{
    /// <summary>Reads the request body to its end without keeping it (the connector only counts calls).</summary>
    public static async Task DrainAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(8192);
        try
        {
            while (await request.Body.ReadAsync(buffer, cancellationToken) > 0)
            {
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Answers with a small UTF-8 JSON body.</summary>
    public static Task WriteJsonAsync(HttpResponse response, string json, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        return response.Body.WriteAsync(bytes, cancellationToken).AsTask();
    }
}
