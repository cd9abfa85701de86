namespace HuiShang.ServiceDefaults.Data;

/// <summary>The database engines a service can run on; SQL Server would be the third where it restores.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
