namespace HuiShang.Interop.Tests;

/// <summary>Where the grpc-js peers live: found from the test binaries, so any working directory works.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string InteropDirectory => Path.Combine(Root.Value, "tests", "interop");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HuiShang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No HuiShang.sln above {AppContext.BaseDirectory}: cannot find tests/interop.");
    }
}
