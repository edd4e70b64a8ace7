using NodaTime;
using Workforce.Core.Forecasting;
using Workforce.Core.Planning;

namespace Workforce.Web.Api;

/// <summary>
/// The body of <c>POST /api/sites/{siteId}/what-ifs</c>. Every part is optional; dates and times are
/// site-local (<c>2026-03-09</c>, <c>2026-03-10T08:00:00</c>).
/// </summary>
/// <param name="VolumeFactors">Volume multipliers per channel and day (1.2: 20 % more contacts).</param>
/// <param name="Absences">Extra time off per agent.</param>
/// <param name="RemovedAgents">Agents taken out of the week.</param>
/// <param name="StaffAt">Another forecast quantile to staff for: <c>p50</c>, <c>p80</c> or <c>p90</c>.</param>
/// <param name="FrozenThrough">The last day whose published shifts may not change; default: as the server's mode says (none for a folder; today plus the freeze days for a database).</param>
public sealed record WhatIfRequest(
    IReadOnlyList<WhatIfRequest.Volume>? VolumeFactors,
    IReadOnlyList<WhatIfRequest.Absence>? Absences,
    IReadOnlyList<string>? RemovedAgents,
    string? StaffAt,
    LocalDate? FrozenThrough)
{
    public sealed record Volume(string Channel, LocalDate Date, double Factor);

    public sealed record Absence(string AgentId, LocalDateTime Start, LocalDateTime End, string? Reason);

    /// <summary>The domain's what-if, or the first field that does not parse.</summary>
    public (WhatIf? WhatIf, string? Error) ToWhatIf()
    {
        StaffingQuantile? quantile = StaffAt switch
        {
            null => null,
            "p50" => StaffingQuantile.P50,
            "p80" => StaffingQuantile.P80,
            "p90" => StaffingQuantile.P90,
            _ => (StaffingQuantile?)null,
        };
        if (StaffAt is not null && quantile is null)
        {
            return (null, $"staffAt: expected p50, p80 or p90, got '{StaffAt}'");
        }

        for (var i = 0; i < (VolumeFactors?.Count ?? 0); i++)
        {
            if (string.IsNullOrEmpty(VolumeFactors![i].Channel))
            {
                return (null, $"volumeFactors[{i}].channel: required");
            }
        }

        for (var i = 0; i < (Absences?.Count ?? 0); i++)
        {
            if (string.IsNullOrEmpty(Absences![i].AgentId))
            {
                return (null, $"absences[{i}].agentId: required");
            }
        }

        return (new WhatIf(
            [.. (VolumeFactors ?? []).Select(v => new VolumeFactor(v.Channel, v.Date, v.Factor))],
            [.. (Absences ?? []).Select(a => new ExtraAbsence(a.AgentId, a.Start, a.End, string.IsNullOrWhiteSpace(a.Reason) ? "what-if" : a.Reason))],
            [.. RemovedAgents ?? []],
            quantile,
            FrozenThrough), null);
    }
}

/// <summary>The body of <c>POST …/roster-versions/{id}/publish</c>: the published version the draft was made from (null when none was).</summary>
public sealed record PublishRequest(long? BaseVersion);
