namespace EntityKit.Cli.Tests.Progress;

/// <summary>A clock that moves only when told to, so that progress timing is deterministic in tests.</summary>
internal sealed class ManualClock : TimeProvider
{
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => _ticks;

    public void Advance(TimeSpan by) => _ticks += by.Ticks;
}
