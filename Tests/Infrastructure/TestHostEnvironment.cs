using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Tests.Infrastructure;

/// <summary>A Development host environment for services built without a host (storage and engine tests).</summary>
public sealed class TestHostEnvironment : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Development";

    public string ApplicationName { get; set; } = "CoachBot.Tests";

    public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}
