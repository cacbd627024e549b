namespace CoachBot.Cards.Actions;

/// <summary>Why reading an action payload did or did not work.</summary>
public enum CardActionReadStatus
{
    /// <summary>The payload was read.</summary>
    Read,

    /// <summary>The data is not a JSON object.</summary>
    NotAnObject,

    /// <summary>The data names another verb (or none).</summary>
    WrongVerb,

    /// <summary>The data has no card instance id.</summary>
    MissingCardId,

    /// <summary>The data has no integer payload version.</summary>
    MissingVersion,

    /// <summary>The card was made with another payload version: treat it as out of date.</summary>
    OtherVersion,

    /// <summary>The record's fields are missing or of the wrong type.</summary>
    InvalidFields,
}
