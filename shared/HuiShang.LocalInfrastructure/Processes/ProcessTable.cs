using System.Globalization;

namespace HuiShang.LocalInfrastructure.Processes;

/// <summary>Reads Linux's /proc: who is whose child, and which process has which environment.</summary>
public static class ProcessTable
{
    public static ProcessInfo? Read(int pid)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{pid}/stat");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        // "pid (comm) state ppid ... starttime(22nd field) ...": comm may hold spaces and
        // parentheses, so split after the last ')'.
        var open = stat.IndexOf('(', StringComparison.Ordinal);
        var close = stat.LastIndexOf(')');
        var fields = stat[(close + 2)..].Split(' ');
        return new ProcessInfo(
            pid,
            int.Parse(fields[1], CultureInfo.InvariantCulture),
            stat[(open + 1)..close],
            fields[0][0],
            ulong.Parse(fields[19], CultureInfo.InvariantCulture));
    }

    public static IReadOnlyList<ProcessInfo> All()
    {
        var all = new List<ProcessInfo>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && Read(pid) is { } info)
            {
                all.Add(info);
            }
        }

        return all;
    }

    /// <summary>The running process <paramref name="rootPid"/> and all its running descendants.</summary>
    public static IReadOnlyList<ProcessInfo> TreeOf(int rootPid)
    {
        var all = All();
        var tree = all.Where(p => p.Pid == rootPid).ToList();
        for (var i = 0; i < tree.Count; i++)
        {
            tree.AddRange(all.Where(p => p.ParentPid == tree[i].Pid));
        }

        return tree.Where(p => p.IsRunning()).ToArray();
    }

    /// <summary>
    /// Running processes called <paramref name="name"/> whose environment holds
    /// <paramref name="variable"/>: finds daemons that left our process tree (epmd) by the
    /// private environment they inherited from us.
    /// </summary>
    public static IReadOnlyList<ProcessInfo> FindByEnvironment(string name, string variable)
    {
        return All().Where(p => p.Name == name && p.IsRunning() && HasVariable(p.Pid)).ToArray();

        bool HasVariable(int pid)
        {
            try
            {
                return File.ReadAllText($"/proc/{pid}/environ").Split('\0').Contains(variable);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}
