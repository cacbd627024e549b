using System.Collections.Concurrent;
using Microsoft.IdentityModel.Protocols;

namespace CoachBot.Tests.Infrastructure.Auth;

/// <summary>Serves documents from memory by address (no network); counts the fetches of each address.</summary>
public sealed class InMemoryDocumentRetriever : IDocumentRetriever
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _fetches = new(StringComparer.Ordinal);

    /// <summary>Publishes (or replaces) the document at <paramref name="address"/>.</summary>
    public void Set(string address, string document) => _documents[address] = document;

    /// <summary>Makes <paramref name="address"/> unreachable.</summary>
    public void Remove(string address) => _documents.TryRemove(address, out _);

    /// <summary>How many times <paramref name="address"/> was fetched.</summary>
    public int FetchCount(string address) => _fetches.TryGetValue(address, out var count) ? count : 0;

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        cancel.ThrowIfCancellationRequested();
        _fetches.AddOrUpdate(address, 1, (_, count) => count + 1);
        return _documents.TryGetValue(address, out var document)
            ? Task.FromResult(document)
            : Task.FromException<string>(new IOException($"No test document is published at {address}."));
    }
}
