using NodaTime;
using NodaTime.Text;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads an interval start written as an ISO 8601 local date-time in the site's zone, with an optional
/// UTC offset: <c>2026-03-23T08:15</c>, <c>2026-10-25T01:15+01:00</c>. The offset is required only for
/// the repeated hour of a fall-back day, where the local time alone names two instants.
/// </summary>
internal static class IntervalTimeParser
{
    private static readonly LocalDateTimePattern[] LocalPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss"),
    ];

    private static readonly OffsetDateTimePattern[] OffsetPatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<G>"),
    ];

    private static readonly OffsetDateTimePattern OutputPattern =
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<m>");

    /// <summary>Writes an interval start with its offset, so the output is never ambiguous.</summary>
    public static string Format(ZonedDateTime start) => OutputPattern.Format(start.ToOffsetDateTime());

    /// <summary>Resolves the text to one instant in the zone, or explains why it cannot.</summary>
    public static bool TryParse(string text, DateTimeZone zone, out ZonedDateTime start, out string error)
    {
        start = default;
        foreach (var pattern in OffsetPatterns)
        {
            var withOffset = pattern.Parse(text);
            if (withOffset.Success)
            {
                return TryResolveWithOffset(withOffset.Value, zone, out start, out error);
            }
        }

        foreach (var pattern in LocalPatterns)
        {
            var local = pattern.Parse(text);
            if (local.Success)
            {
                return TryResolveLocal(local.Value, zone, out start, out error);
            }
        }

        error = $"expected an ISO 8601 local date-time such as 2026-03-23T08:15 (optionally with an offset such as +01:00), got '{text}'";
        return false;
    }

    private static bool TryResolveWithOffset(OffsetDateTime value, DateTimeZone zone, out ZonedDateTime start, out string error)
    {
        var mapping = zone.MapLocal(value.LocalDateTime);
        var candidates = Candidates(mapping);
        foreach (var candidate in candidates)
        {
            if (candidate.Offset == value.Offset)
            {
                start = candidate;
                error = string.Empty;
                return true;
            }
        }

        start = default;
        error = candidates.Count == 0
            ? $"{value.LocalDateTime:uuuu-MM-ddTHH:mm} does not exist in {zone.Id} (the clocks skip it)"
            : $"offset {value.Offset} is not valid for {value.LocalDateTime:uuuu-MM-ddTHH:mm} in {zone.Id}; expected {string.Join(" or ", candidates.Select(c => c.Offset.ToString()))}";
        return false;
    }

    private static bool TryResolveLocal(LocalDateTime value, DateTimeZone zone, out ZonedDateTime start, out string error)
    {
        var mapping = zone.MapLocal(value);
        switch (mapping.Count)
        {
            case 1:
                start = mapping.Single();
                error = string.Empty;
                return true;
            case 0:
                start = default;
                error = $"{value:uuuu-MM-ddTHH:mm} does not exist in {zone.Id} (the clocks skip it)";
                return false;
            default:
                start = default;
                error = $"{value:uuuu-MM-ddTHH:mm} happens twice in {zone.Id} (the clocks go back); add its UTC offset, "
                    + $"{mapping.First().Offset} or {mapping.Last().Offset}";
                return false;
        }
    }

    private static List<ZonedDateTime> Candidates(NodaTime.TimeZones.ZoneLocalMapping mapping) => mapping.Count switch
    {
        0 => [],
        1 => [mapping.Single()],
        _ => [mapping.First(), mapping.Last()],
    };
}
