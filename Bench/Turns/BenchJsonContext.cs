using System.Text.Json.Serialization;

namespace CoachBot.Bench.Turns;

/// <summary>Source-generated JSON for the few values the harness writes itself.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
