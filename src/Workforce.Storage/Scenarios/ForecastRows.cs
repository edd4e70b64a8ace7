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

    /// <summary>The P10 volumes, or null when the forecast has none (the rows' <c>volume_p10</c> is then null).</summary>
    public double[]? VolumesP10 { get; init; }

    public double[]? VolumesP80 { get; init; }

    public double[]? VolumesP90 { get; init; }

    public static ForecastColumns From(IReadOnlyList<ForecastInterval> forecast, ForecastQuantiles quantiles)
    {
        ArgumentNullException.ThrowIfNull(forecast);
        ArgumentNullException.ThrowIfNull(quantiles);
        quantiles.CheckAligned(forecast.Count, nameof(quantiles));
        return new()
        {
            ChannelIds = [.. forecast.Select(f => f.ChannelId)],
            IntervalStarts = [.. forecast.Select(f => f.Start.ToInstant().ToDateTimeUtc())],
            Volumes = [.. forecast.Select(f => f.Volume)],
            AhtSeconds = [.. forecast.Select(f => f.AhtSeconds)],
            VolumesP10 = quantiles.P10?.ToArray(),
            VolumesP80 = quantiles.P80?.ToArray(),
            VolumesP90 = quantiles.P90?.ToArray(),
        };
    }

    /// <summary>
    /// SHA-256 of the exact values in order: equal hashes mean the same forecast, bit for bit, quantiles included.
    /// The quantile columns present are hashed after the rows, each behind its name, so a forecast without any
    /// hashes as it did before versions had quantiles (an unchanged re-import adds no version).
    /// </summary>
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

        foreach (var (name, column) in new[] { ("volume_p10", VolumesP10), ("volume_p80", VolumesP80), ("volume_p90", VolumesP90) })
        {
            if (column is null)
            {
                continue;
            }

            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            hash.AppendData([0]);
            foreach (var volume in column)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteDoubleLittleEndian(number, volume);
                hash.AppendData(number);
            }
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

    /// <summary>The quantiles of a <c>forecast_intervals</c> row; null when its version has none (and always in <c>actuals</c>).</summary>
    public double? VolumeP10 { get; init; }

    public double? VolumeP80 { get; init; }

    public double? VolumeP90 { get; init; }

    /// <summary>The quantile columns of a version's rows: a column is there when every row has it.</summary>
    public static ForecastQuantiles Quantiles(IReadOnlyList<ForecastRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        IReadOnlyList<double>? Column(Func<ForecastRow, double?> volume) =>
            rows.Count > 0 && rows.All(r => volume(r) is not null) ? [.. rows.Select(r => volume(r)!.Value)] : null;
        return new ForecastQuantiles(Column(r => r.VolumeP10), Column(r => r.VolumeP80), Column(r => r.VolumeP90));
    }

    public ForecastInterval ToDomain(DateTimeZone zone) =>
        new(Instant.FromDateTimeUtc(DateTime.SpecifyKind(IntervalStart, DateTimeKind.Utc)).InZone(zone), ChannelId, Volume, AhtSeconds ?? 0);
}
