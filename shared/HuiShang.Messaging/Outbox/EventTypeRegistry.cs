using System.Collections.Concurrent;
using System.Reflection;

namespace HuiShang.Messaging.Outbox;

/// <summary>
/// Resolves an outbox row's type name (full name, no assembly: contracts keep their namespace but
/// their assembly version moves) to a loaded type. A row written by a process that has since
/// restarted may name a type nobody has touched yet, so a miss also loads the assemblies the entry
/// assembly references, once.
/// </summary>
internal sealed class EventTypeRegistry
{
    private readonly ConcurrentDictionary<string, Type> _known = new(StringComparer.Ordinal);
    private int _referencesLoaded;

    public void Remember(Type type) => _known.TryAdd(NameOf(type), type);

    public static string NameOf(Type type) =>
        type.FullName ?? throw new ArgumentException($"Type '{type}' has no full name and cannot be an event.", nameof(type));

    public Type? Resolve(string fullName)
    {
        if (_known.TryGetValue(fullName, out var known))
        {
            return known;
        }
        var found = Scan(fullName);
        if (found is null && Interlocked.Exchange(ref _referencesLoaded, 1) == 0)
        {
            LoadReferencedAssemblies();
            found = Scan(fullName);
        }
        if (found is not null)
        {
            _known.TryAdd(fullName, found);
        }
        return found;
    }

    private static Type? Scan(string fullName)
    {
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (assembly.IsDynamic)
            {
                continue;
            }
            var type = assembly.GetType(fullName, throwOnError: false);
            // Only concrete classes: events are records; anything else in a row is not ours.
            if (type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false })
            {
                return type;
            }
        }
        return null;
    }

    private static void LoadReferencedAssemblies()
    {
        var entry = Assembly.GetEntryAssembly();
        if (entry is null)
        {
            return;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([entry]);
        while (pending.TryPop(out var assembly))
        {
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (name.Name is null || IsFramework(name.Name) || !seen.Add(name.Name))
                {
                    continue;
                }
                try
                {
                    pending.Push(Assembly.Load(name));
                }
                catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // A reference that is not deployed cannot hold our contracts.
                }
            }
        }
    }

    private static bool IsFramework(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name.StartsWith("Microsoft", StringComparison.Ordinal)
        || name == "netstandard" || name == "mscorlib";
}
