using System.Security.Cryptography;
using NodaTime;
using Workforce.Core.Forecasting;

namespace Workforce.Storage.Scenarios;

/// <summary>
/// A forecast as parallel column arrays, the shape one <c>INSERT ... SELECT FROM unnest(...)</c> takes:
/// a week of six channels at 15 minutes is 4,032 rows in one statement rather than 4,032 round trips.
/// </summary>
internal sealed class ForecastColumns
{
    public required string[] ChannelIds { get; init; }
    public required DateTime[] IntervalStarts { get; init; }
    public required double[] Volumes { get; init; }
    public required double[] AhtSeconds { get; init; }

    public static ForecastColumns From(IReadOnlyList<ForecastInterval> forecast) => new()
    {
        ChannelIds = [.. forecast.Select(f => f.ChannelId)],
        IntervalStarts = [.. forecast.Select(f => f.Start.ToInstant().ToDateTimeUtc())],
        Volumes = [.. forecast.Select(f => f.Volume)],
        AhtSeconds = [.. forecast.Select(f => f.AhtSeconds)],
    };

    /// <summary>SHA-256 of the exact values in order: equal hashes mean the same forecast, bit for bit.</summary>
    public string ContentSha256()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> number = stackalloc byte[8];
        for (var i = 0; i < ChannelIds.Length; i++)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(ChannelIds[i]));
            hash.AppendData([0]);
            System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(number, IntervalStarts[i].Ticks);
            hash.AppendData(number);
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(number, Volumes[i]);
            hash.AppendData(number);
            System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(number, AhtSeconds[i]);
            hash.AppendData(number);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

/// <summary>A row of <c>forecast_intervals</c> or <c>actuals</c> (where an unknown AHT is null).</summary>
internal sealed class ForecastRow
{
    public string ChannelId { get; init; } = "";
    public DateTime IntervalStart { get; init; }
    public double Volume { get; init; }
    public double? AhtSeconds { get; init; }

    public ForecastInterval ToDomain(DateTimeZone zone) =>
        new(Instant.FromDateTimeUtc(DateTime.SpecifyKind(IntervalStart, DateTimeKind.Utc)).InZone(zone), ChannelId, Volume, AhtSeconds ?? 0);
}
