namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>Typo tolerance: is one word at most one edit (insert, delete, substitute, swap neighbours) from another?</summary>
internal static class EditDistance
{
    public static bool WithinOne(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var lengthDifference = a.Length - b.Length;
        if (lengthDifference is > 1 or < -1)
        {
            return false;
        }

        var prefix = 0;
        var shorter = Math.Min(a.Length, b.Length);
        while (prefix < shorter && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var ra = a.AsSpan(prefix);
        var rb = b.AsSpan(prefix);
        if (lengthDifference == 0)
        {
            // substitution, or a swap of two neighbouring letters
            return ra[1..].SequenceEqual(rb[1..])
                || (ra.Length >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..].SequenceEqual(rb[2..]));
        }

        return lengthDifference > 0 ? ra[1..].SequenceEqual(rb) : ra.SequenceEqual(rb[1..]);
    }
}
