using Microsoft.EntityFrameworkCore;

namespace HuiShang.Notifications.Data;

/// <summary>Notifications on PostgreSQL, with the migrations in Migrations/Postgres.</summary>
public sealed class PostgresNotificationsDbContext(DbContextOptions<PostgresNotificationsDbContext> options) : NotificationsDbContext(options);
