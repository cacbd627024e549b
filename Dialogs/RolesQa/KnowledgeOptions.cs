using System.ComponentModel.DataAnnotations;

namespace CoachBot.Dialogs.RolesQa;

/// <summary>Where the roles Q&amp;A knowledge lives (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>
    /// The folder of topic Markdown files. A relative path is resolved against the host's content root, so
    /// an edited copy can be pointed at without a rebuild.
    /// </summary>
    [Required]
    public string Path { get; set; } = "Knowledge";

    /// <summary>The absolute folder: <see cref="Path"/> as is when rooted, else under <paramref name="contentRootPath"/>.</summary>
    public string ResolvePath(string contentRootPath) =>
        System.IO.Path.GetFullPath(System.IO.Path.IsPathRooted(Path) ? Path : System.IO.Path.Combine(contentRootPath, Path));
}
