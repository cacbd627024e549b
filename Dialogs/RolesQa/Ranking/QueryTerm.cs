namespace CoachBot.Dialogs.RolesQa.Ranking;

/// <summary>A term of an analysed question: a stem (or "stem stem" bigram), its weight and whether the index knows it.</summary>
internal readonly record struct QueryTerm(string Term, double Weight, bool Known, bool IsBigram, bool Corrected, bool Common = false);
