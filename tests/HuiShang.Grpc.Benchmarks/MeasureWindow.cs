namespace HuiShang.Grpc.Benchmarks;

/// <summary>
/// The measured interval, in Stopwatch ticks, set by the coordinator while workers run. A call counts
/// when it completes inside it: in a closed loop, completions per second are the throughput.
/// </summary>
internal sealed class MeasureWindow
{
    private long _start = long.MaxValue;
    private long _end = long.MaxValue;
    private volatile bool _stopped;

    public bool Stopped => _stopped;

    public long Start => Volatile.Read(ref _start);

    public long End => Volatile.Read(ref _end);

    public bool Contains(long timestamp) => timestamp >= Start && timestamp <= End;

    public void Open(long timestamp) => Volatile.Write(ref _start, timestamp);

    public void Close(long timestamp)
    {
        Volatile.Write(ref _end, timestamp);
        _stopped = true;
    }
}
