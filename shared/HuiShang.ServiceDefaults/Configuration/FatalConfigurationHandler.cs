namespace HuiShang.ServiceDefaults.Configuration;

/// <summary>
/// Turns a configuration error that escapes Program.cs into one plain line on stderr and exit
/// code 78 (EX_CONFIG), instead of a stack trace and an abort: the operator needs the key name.
/// </summary>
internal static class FatalConfigurationHandler
{
    public const int ExitCode = 78;

    private static int _installed;

    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is MissingConfigurationException or InvalidConfigurationException)
            {
                Console.Error.WriteLine(((Exception)e.ExceptionObject).Message);
                Environment.Exit(ExitCode);
            }
        };
    }
}
