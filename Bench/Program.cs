namespace CoachBot.Bench;

internal static class Program
{
    public static int Main(string[] args)
    {
        Console.WriteLine("usage: dotnet run -c Release --project Bench -- <command> [args]");
        return args.Length == 0 ? 0 : 2;
    }
}
