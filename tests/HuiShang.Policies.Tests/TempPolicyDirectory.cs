namespace HuiShang.Policies.Tests;

/// <summary>A throw-away policies folder for invalid-file tests.</summary>
internal sealed class TempPolicyDirectory : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "huishang-policies-" + Guid.NewGuid().ToString("N"));

    public TempPolicyDirectory() => Directory.CreateDirectory(Path);

    public TempPolicyDirectory With(string fileName, string json)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, fileName), json);
        return this;
    }

    public PolicyValidationException LoadFails() => Assert.Throws<PolicyValidationException>(() => PolicyCatalog.LoadDirectory(Path));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
