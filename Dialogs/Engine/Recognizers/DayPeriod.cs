namespace CoachBot.Dialogs.Engine.Recognizers;

/// <summary>A part of the day the user named ("in the morning", "tonight"); it decides what a bare hour means.</summary>
internal enum DayPeriod
{
    Morning,
    Afternoon,
    Evening,
    Night,
}
