using System.Diagnostics.CodeAnalysis;

namespace CoachBot.Dialogs.School;

/// <summary>Entra (AAD) object ids: GUIDs, kept in one canonical form (lower case, with dashes).</summary>
public static class AadObjectIds
{
    /// <summary>True when <paramref name="value"/> is a GUID other than the empty GUID; gives its canonical form.</summary>
    public static bool TryNormalize([NotNullWhen(true)] string? value, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(value) || !Guid.TryParse(value.Trim(), out var guid) || guid == Guid.Empty)
        {
            return false;
        }

        normalized = guid.ToString("D");
        return true;
    }
}
