using Microsoft.Data.Sqlite;

namespace CoachBot.Bot.Storage;

/// <summary>
/// One long-lived SQLite connection and the commands prepared on it. Microsoft.Data.Sqlite keeps a command's
/// compiled statements while the command lives on an open connection, so the hot statements are parsed once
/// per connection instead of once per call (parsing was about a tenth of a turn's CPU).
/// A session is used by one thread at a time: <see cref="SqliteDatabase"/> hands it out and takes it back.
/// </summary>
public sealed class SqliteSession : IDisposable
{
    private const int MaxCachedCommands = 256;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    internal SqliteSession(SqliteConnection connection)
    {
        Connection = connection;
    }

    public SqliteConnection Connection { get; }

    /// <summary>
    /// The command for <paramref name="sql"/>, prepared once per session, with its parameters cleared.
    /// Callers dispose the readers they open but not the command.
    /// </summary>
    public SqliteCommand Command(string sql)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            return command;
        }

        if (_commands.Count >= MaxCachedCommands)
        {
            // Only fixed SQL texts are cached; this guards against a caller that builds SQL dynamically.
            ClearCommands();
        }

        command = Connection.CreateCommand();
        command.CommandText = sql;
        _commands[sql] = command;
        return command;
    }

    /// <summary>Runs a statement with the given parameters and returns the number of rows it changed.</summary>
    public int Execute(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = Command(sql);
        Bind(command, parameters);
        return command.ExecuteNonQuery();
    }

    /// <summary>Runs a query with the given parameters; the caller disposes the reader.</summary>
    public SqliteDataReader Query(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = Command(sql);
        Bind(command, parameters);
        return command.ExecuteReader();
    }

    /// <summary>The first column of the first row, or null when there is no row or it is NULL.</summary>
    public object? Scalar(string sql, params ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        var command = Command(sql);
        Bind(command, parameters);
        var value = command.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public void Dispose()
    {
        ClearCommands();
        Connection.Dispose();
    }

    private static void Bind(SqliteCommand command, ReadOnlySpan<(string Name, object? Value)> parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }

    private void ClearCommands()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
