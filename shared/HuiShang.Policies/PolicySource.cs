namespace HuiShang.Policies;

/// <summary>The seed a profile encodes: file under shared/seeds, its title, and the articles used.</summary>
public sealed record PolicySource(string SeedFile, string Title, IReadOnlyList<string> Articles);
