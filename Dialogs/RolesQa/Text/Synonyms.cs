using System.Collections.Frozen;

namespace CoachBot.Dialogs.RolesQa.Text;

/// <summary>
/// Spelling variants, abbreviations and everyday words mapped onto the words the knowledge uses, applied
/// to questions and knowledge alike before stemming. Topic-specific vocabulary belongs in each topic's
/// <c>keywords</c> header (editable without code); this table only holds general language.
/// </summary>
internal static class Synonyms
{
    public static readonly FrozenDictionary<string, string[]> Map = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["pd"] = ["professional", "development"],
        ["cpd"] = ["professional", "development"],
        ["inservice"] = ["professional", "development"],
        ["tech"] = ["technology"],
        ["technologies"] = ["technology"],
        ["technological"] = ["technology"],
        ["edtech"] = ["technology"],
        ["ict"] = ["technology"],
        ["job"] = ["role"],
        ["jobs"] = ["roles"],
        ["position"] = ["role"],
        ["duties"] = ["role"],
        ["duty"] = ["role"],
        ["responsibilities"] = ["role"],
        ["responsibility"] = ["role"],
        ["kids"] = ["students"],
        ["kid"] = ["student"],
        ["pupils"] = ["students"],
        ["pupil"] = ["student"],
        ["children"] = ["students"],
        ["educators"] = ["teachers"],
        ["educator"] = ["teacher"],
        ["colleagues"] = ["teachers"],
        ["colleague"] = ["teacher"],
        ["faculty"] = ["staff"],
        ["organise"] = ["organize"],
        ["organisation"] = ["organization"],
        ["analyse"] = ["analyze"],
        ["analysing"] = ["analyzing"],
        ["prioritise"] = ["prioritize"],
        ["specialise"] = ["specialize"],
        ["programme"] = ["program"],
        ["programmes"] = ["programs"],
        ["ten"] = ["10"],
        ["seven"] = ["7"],
        ["cotaught"] = ["co", "teach"],
        ["coteach"] = ["co", "teach"],
        ["coteaching"] = ["co", "teach"],
        ["headteacher"] = ["principal"],
        ["disappear"] = ["dropped"],
        ["disappeared"] = ["dropped"],
        ["vanished"] = ["dropped"],
        ["eliminated"] = ["dropped"],
        ["deleted"] = ["removed"],
        ["single"] = ["one"],

        // irregular forms the stemmer cannot join to their verb
        ["taken"] = ["take"],
        ["took"] = ["take"],
        ["given"] = ["give"],
        ["gave"] = ["give"],
        ["chosen"] = ["choose"],
        ["grew"] = ["grow"],
        ["grown"] = ["grow"],
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
