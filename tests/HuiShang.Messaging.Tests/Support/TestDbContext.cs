using Microsoft.EntityFrameworkCore;

namespace HuiShang.Messaging.Tests.Support;

/// <summary>A service's DbContext as a service author writes it: its own entities plus AddOutboxAndInbox.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<AppliedMessage> Applied => Set<AppliedMessage>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<InboxMessage> Inbox => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Order>().Property(o => o.Name).HasMaxLength(100);
        modelBuilder.Entity<AppliedMessage>().Property(a => a.Id).ValueGeneratedOnAdd();
        modelBuilder.AddOutboxAndInbox();
    }
}
