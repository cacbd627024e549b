using CoachBot.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCoachBot();

var app = builder.Build();
await app.UseCoachBotAsync();
await app.RunAsync();

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
