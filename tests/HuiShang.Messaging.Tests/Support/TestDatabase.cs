using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>A fresh, empty database of one provider for one test, with the test model created.</summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract void Configure(DbContextOptionsBuilder options);

    public TestDbContext CreateContext()
    {
        var options = new DbContextOptionsBuilder<TestDbContext>();
        Configure(options);
        return new TestDbContext(options.Options);
    }

    public async Task EnsureCreatedAsync()
    {
        await using var db = CreateContext();
        await db.Database.EnsureCreatedAsync();
    }

    public abstract ValueTask DisposeAsync();

    public override string ToString() => Provider;
}
