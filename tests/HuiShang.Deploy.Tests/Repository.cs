namespace HuiShang.Deploy.Tests;

/// <summary>Paths in the repository the tests run from (found by walking up to HuiShang.sln).</summary>
public static class Repository
{
    public static readonly string Root = FindRoot();

    public static string K8s => Path.Combine(Root, "k8s");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "HuiShang.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("HuiShang.sln not found above " + AppContext.BaseDirectory);
    }
}
