using Microsoft.Extensions.Logging;

namespace CoachBot.Tests.Protocol.Auth;

/// <summary>One log entry kept by <see cref="CapturingLoggerProvider"/>.</summary>
public sealed record CapturedLogEntry(string Category, LogLevel Level, int EventId, string Message);
