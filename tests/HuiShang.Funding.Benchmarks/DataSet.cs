using HuiShang.Funding.Domain.Priority;

namespace HuiShang.Funding.Benchmarks;

/// <summary>One generated project: what the plan and the ranking read.</summary>
internal readonly record struct BenchProject(Guid Id, int Envelope, int Category, decimal UpperSupport, decimal? OfferedRatio, DateOnly ApprovedOn, DateTimeOffset RegisteredAt);

/// <summary>
/// A national-size data set, the same on every run (seeded): 333 cities, 2,800 districts with XJ-4.2
/// categories 1–4, 30,000 projects over 999 envelopes (three rounds per city) with fen-precision upper
/// support, offered ratios and approval dates inside the XJ plan's period.
/// </summary>
internal sealed class DataSet
{
    public const int Cities = 333;
    public const int Districts = 2_800;
    public const int Projects = 30_000;
    public const int EnvelopesPerCity = 3;

    private static readonly decimal?[] Ratios = [null, 1m, 1.1m, 1.25m, 1.5m, 2m, 2.3333m];

    public required IReadOnlyList<BenchProject> All { get; init; }

    public required IReadOnlyList<int> DistrictCategory { get; init; }

    public int EnvelopeCount => Cities * EnvelopesPerCity;

    public static DataSet Generate(int seed = 20250602)
    {
        var random = new Random(seed);
        var districtCity = Enumerable.Range(0, Districts).Select(d => d < Cities ? d : random.Next(Cities)).ToArray();
        var categories = Enumerable.Range(0, Districts).Select(_ => random.Next(1, 5)).ToArray();
        var districtsOfCity = Enumerable.Range(0, Districts).GroupBy(d => districtCity[d]).ToDictionary(g => g.Key, g => g.ToArray());
        var start = new DateOnly(2023, 4, 23);
        var span = new DateOnly(2025, 12, 31).DayNumber - start.DayNumber;
        var t0 = new DateTimeOffset(2023, 4, 23, 0, 0, 0, TimeSpan.Zero);
        var projects = new BenchProject[Projects];
        for (var i = 0; i < Projects; i++)
        {
            var city = random.Next(Cities);
            var district = districtsOfCity[city][random.Next(districtsOfCity[city].Length)];
            var guid = new byte[16];
            random.NextBytes(guid);
            projects[i] = new BenchProject(
                new Guid(guid),
                city * EnvelopesPerCity + random.Next(EnvelopesPerCity),
                categories[district],
                random.NextInt64(1_000_000, 5_000_000_000) / 100m,
                Ratios[random.Next(Ratios.Length)],
                start.AddDays(random.Next(span + 1)),
                // Minute resolution gives real ties in the registration tie-break.
                t0.AddMinutes(random.Next(500_000)));
        }

        return new DataSet { All = projects, DistrictCategory = categories };
    }

    public PriorityCandidate Candidate(BenchProject project, decimal ratio) => new(project.Id, ratio, project.RegisteredAt, project.UpperSupport);
}
