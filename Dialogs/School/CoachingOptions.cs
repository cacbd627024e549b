namespace CoachBot.Dialogs.School;

/// <summary>Who runs CoachBot (section <c>Coaching</c>).</summary>
public sealed class CoachingOptions
{
    public const string SectionName = "Coaching";

    /// <summary>
    /// Entra (AAD) object ids of the first admins (<c>Coaching:Admins:0</c>, ...). They are admins even while the
    /// roster table is empty, and they cannot be removed in chat: only by changing this setting.
    /// </summary>
    public List<string> Admins { get; set; } = [];
}
