using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Dialogs.Features.Requests;

/// <summary>
/// Request ids: six characters of Crockford's base 32 (no I, L, O or U, so nothing reads as another letter), shown as
/// <c>R-7K3Q9X</c>. An id is derived from the form's card id (the same form gives the same id, so saving twice saves once);
/// <paramref name="attempt"/> gives the next candidate when one is taken. Typed ids are read forgivingly: any case,
/// with or without <c>R-</c>, O for 0 and I or L for 1.
/// </summary>
public static class RequestIds
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int Length = 6;

    private const string Prefix = "R-";

    /// <summary>The <paramref name="attempt"/>-th candidate id for the form card <paramref name="formCardId"/>.</summary>
    public static string Candidate(string formCardId, int attempt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(formCardId);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{formCardId}:{attempt}"), hash);
        var bits = ((ulong)hash[0] << 32) | ((ulong)hash[1] << 24) | ((ulong)hash[2] << 16) | ((ulong)hash[3] << 8) | hash[4];
        Span<char> id = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            id[i] = Alphabet[(int)(bits >> (5 * i) & 31)];
        }

        return new string(id);
    }

    /// <summary>The id as people read it: <c>R-7K3Q9X</c>.</summary>
    public static string Show(string id) => Prefix + id;

    /// <summary>
    /// Reads a typed id. With <paramref name="requirePrefix"/> only <c>R-…</c> (or <c>#…</c>) counts, so a word after a
    /// command ("request padlet") is not mistaken for an id.
    /// </summary>
    public static bool TryParse(string? text, bool requirePrefix, [NotNullWhen(true)] out string? id)
    {
        id = null;
        var typed = (text ?? "").Trim().Trim('.', '!', '?', '"', '\'').ToUpperInvariant();
        var prefixed = false;
        foreach (var prefix in new[] { "R-", "R ", "#", "R#" })
        {
            if (typed.StartsWith(prefix, StringComparison.Ordinal))
            {
                typed = typed[prefix.Length..].Trim();
                prefixed = true;
                break;
            }
        }

        if ((requirePrefix && !prefixed) || typed.Length != Length)
        {
            return false;
        }

        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            var c = typed[i] switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                var other => other,
            };
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }

            chars[i] = c;
        }

        id = new string(chars);
        return true;
    }
}
