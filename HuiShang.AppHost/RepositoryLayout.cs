using System.Reflection;

namespace HuiShang.AppHost;

/// <summary>Where the repository and the built service assemblies are.</summary>
public sealed class RepositoryLayout(string root)
{
    // The services are built in the AppHost's own configuration (they are its project references).
    private static readonly string Configuration =
        typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public string Root { get; } = root;

    public string InstallScript => Path.Combine(Root, "scripts", "install-infrastructure.sh");

    public static RepositoryLayout Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HuiShang.sln")))
            {
                return new RepositoryLayout(dir.FullName);
            }
        }

        throw new InvalidOperationException("HuiShang.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The built assembly of a host, e.g. services/Proposals/HuiShang.Proposals/bin/Debug/net10.0/HuiShang.Proposals.dll.</summary>
    public string Assembly(HostDefinition host)
    {
        var path = Path.Combine(Root, host.ProjectDirectory, "bin", Configuration, "net10.0", host.AssemblyName + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{host.Name} is not built: {path}. Run `dotnet build HuiShang.sln` or start with `dotnet run --project HuiShang.AppHost`.");
    }
}
