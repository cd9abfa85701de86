using Microsoft.EntityFrameworkCore;

namespace HuiShang.ServiceDefaults.Data;

/// <summary>
/// Options for dotnet-ef's design-time factories: the provider decides the migration SQL, the
/// connection is never opened by "migrations add".
/// </summary>
public static class DesignTimeOptions
{
    public static DbContextOptions<TContext> Sqlite<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseSqlite("Data Source=design-time.db").Options;

    public static DbContextOptions<TContext> Postgres<TContext>()
        where TContext : DbContext =>
        new DbContextOptionsBuilder<TContext>().UseNpgsql("Host=localhost;Database=design_time").Options;
}
