using HuiShang.ServiceDefaults.Audit;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Decision 012: the canonical form, the hash and the verifier, without a database.</summary>
public sealed class AuditChainTests
{
    private static readonly Guid Record = Guid.Parse("7d5c1f0e-0000-4000-8000-000000000001");
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 30, 0, TimeSpan.FromHours(8));

    private static AuditFields Entry(long version, string action = "update", string? detail = null) =>
        new(Record, At.AddMinutes(version), "city-bureau@450100", "203.0.113.7", action, "Draft", "Draft", version, detail);

    [Fact]
    public void Every_field_and_the_previous_hash_change_the_hash()
    {
        var fields = Entry(1);
        var hash = AuditHash.Compute(fields, "");

        Assert.Matches("^v1:[0-9a-f]{64}$", hash);
        Assert.Equal(hash, AuditHash.Compute(fields with { }, ""));
        AuditFields[] changed =
        [
            fields with { RecordId = Guid.NewGuid() }, fields with { At = At.AddTicks(10) }, fields with { By = "x" },
            fields with { ClientAddress = null }, fields with { Action = "x" }, fields with { FromStatus = null },
            fields with { ToStatus = "x" }, fields with { Version = 2 }, fields with { Detail = "" },
        ];
        Assert.All(changed, other => Assert.NotEqual(hash, AuditHash.Compute(other, "")));
        Assert.NotEqual(hash, AuditHash.Compute(fields, "v1:00"));
    }

    [Fact]
    public void Text_cannot_move_between_fields()
    {
        var a = Entry(1) with { By = "ab", Action = "c" };
        var b = Entry(1) with { By = "a", Action = "bc" };

        Assert.NotEqual(AuditHash.Compute(a, ""), AuditHash.Compute(b, ""));
    }

    [Fact]
    public void Instants_hash_to_the_microsecond_as_postgres_keeps_them()
    {
        var fields = Entry(1) with { At = At.AddTicks(7) };

        Assert.Equal(AuditHash.Compute(fields with { At = At }, ""), AuditHash.Compute(fields, ""));
        Assert.Equal(AuditHash.Compute(fields with { At = At.ToUniversalTime() }, ""), AuditHash.Compute(fields, ""));
    }

    [Fact]
    public void An_intact_chain_verifies_and_counts_its_entries()
    {
        var rows = Chain(3);

        var result = AuditChainVerifier.Verify(rows, Heads(rows[^1].Hash));

        Assert.True(result.Intact);
        Assert.Equal((3L, 0L, 1L), (result.CheckedCount, result.UnsealedCount, result.RecordCount));
    }

    [Fact]
    public void A_changed_field_is_reported_at_its_entry_with_the_stored_and_recomputed_hash()
    {
        var rows = Chain(3);
        rows[1] = rows[1] with { Fields = rows[1].Fields with { Detail = "changed" } };

        var broken = AuditChainVerifier.Verify(rows, Heads(rows[^1].Hash)).FirstBroken!;

        Assert.Equal((1, 2L, BrokenLinkReason.ContentChanged, rows[1].Hash), (broken.EntryIndex, broken.EntryId, broken.Reason, broken.Expected));
        Assert.Equal(AuditHash.Compute(rows[1].Fields, rows[1].PreviousHash), broken.Actual);
    }

    [Fact]
    public void A_deleted_middle_entry_breaks_the_link_of_the_next()
    {
        var rows = Chain(3);
        var deleted = rows[1];
        rows.RemoveAt(1);

        var broken = AuditChainVerifier.Verify(rows, Heads(rows[^1].Hash)).FirstBroken!;

        Assert.Equal((1, BrokenLinkReason.PreviousHashMismatch, rows[0].Hash, deleted.Hash), (broken.EntryIndex, broken.Reason, broken.Expected, broken.Actual));
    }

    [Fact]
    public void A_deleted_newest_entry_no_longer_matches_the_head()
    {
        var rows = Chain(3);
        var head = rows[^1].Hash;
        rows.RemoveAt(2);

        var broken = AuditChainVerifier.Verify(rows, Heads(head)).FirstBroken!;

        Assert.Equal((2, BrokenLinkReason.Truncated, head, rows[^1].Hash), (broken.EntryIndex, broken.Reason, broken.Expected, broken.Actual));
    }

    [Fact]
    public void Rows_written_before_the_chain_are_counted_and_the_chain_starts_after_them()
    {
        var legacy = new AuditRow(1, Entry(0), "", "");
        var rows = Chain(2, firstId: 2);

        var result = AuditChainVerifier.Verify([legacy, .. rows], Heads(rows[^1].Hash));

        Assert.True(result.Intact);
        Assert.Equal((2L, 1L), (result.CheckedCount, result.UnsealedCount));
    }

    [Fact]
    public void A_hash_erased_after_the_chain_started_is_reported()
    {
        var rows = Chain(3);
        rows[2] = rows[2] with { Hash = "" };

        var broken = AuditChainVerifier.Verify(rows, Heads(rows[1].Hash)).FirstBroken!;

        Assert.Equal((2, BrokenLinkReason.Unsealed), (broken.EntryIndex, broken.Reason));
    }

    private static List<AuditRow> Chain(int count, long firstId = 1)
    {
        var rows = new List<AuditRow>();
        var previous = "";
        for (var i = 0; i < count; i++)
        {
            var fields = Entry(i + 1, detail: $"step {i}");
            var hash = AuditHash.Compute(fields, previous);
            rows.Add(new AuditRow(firstId + i, fields, previous, hash));
            previous = hash;
        }

        return rows;
    }

    private static Dictionary<Guid, string> Heads(string head) => new() { [Record] = head };
}
