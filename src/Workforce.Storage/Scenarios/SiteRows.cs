using NodaTime;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Storage.Scenarios;

/// <summary>A row of <c>sites</c>.</summary>
internal sealed class SiteRow
{
    public string SiteId { get; init; } = "";
    public string Name { get; init; } = "";
    public string TimeZone { get; init; } = "";
    public string Currency { get; init; } = "";
    public int IntervalMinutes { get; init; }
    public DateTime WeekStart { get; init; }
    public short[] WeekendDays { get; init; } = [];

    public static SiteRow From(string siteId, Site site) => new()
    {
        SiteId = siteId,
        Name = site.Name,
        TimeZone = site.TimeZone.Id,
        Currency = site.Currency,
        IntervalMinutes = checked((int)site.IntervalLength.TotalMinutes),
        WeekStart = site.WeekStart.ToDateTimeUnspecified(),
        WeekendDays = [.. site.WeekendDays.Order().Select(d => (short)d)],
    };
}

/// <summary>A row of <c>public_holidays</c>.</summary>
internal sealed class HolidayRow
{
    public int Position { get; init; }
    public DateTime HolidayDate { get; init; }
    public string Name { get; init; } = "";

    public PublicHoliday ToDomain() => new(LocalDate.FromDateTime(HolidayDate), Name);
}

/// <summary>A row of <c>shrinkage_components</c>.</summary>
internal sealed class ShrinkageRow
{
    public const string Planned = "planned";
    public const string Unplanned = "unplanned";

    public string Kind { get; init; } = "";
    public string Component { get; init; } = "";
    public int Position { get; init; }
    public double Fraction { get; init; }

    public static IEnumerable<ShrinkageRow> From(Shrinkage shrinkage) =>
        shrinkage.UnplannedComponents.Select((c, i) => new ShrinkageRow { Kind = Unplanned, Component = c.Key, Position = i, Fraction = c.Value })
            .Concat(shrinkage.PlannedComponents.Select((c, i) => new ShrinkageRow { Kind = Planned, Component = c.Key, Position = i, Fraction = c.Value }));

    public static Shrinkage ToDomain(IEnumerable<ShrinkageRow> rows)
    {
        var ordered = rows.OrderBy(r => r.Position).ToList();
        return new Shrinkage(
            ordered.Where(r => r.Kind == Unplanned).ToDictionary(r => r.Component, r => r.Fraction, StringComparer.Ordinal),
            ordered.Where(r => r.Kind == Planned).ToDictionary(r => r.Component, r => r.Fraction, StringComparer.Ordinal));
    }
}

/// <summary>A row of <c>channels</c>: one table for the three kinds, the columns of the others null.</summary>
internal sealed record ChannelRow
{
    public string ChannelId { get; init; } = "";
    public int Position { get; init; }
    public string Name { get; init; } = "";
    public string Kind { get; init; } = "";
    public double MaxOccupancy { get; init; }
    public double? ServiceLevelTarget { get; init; }
    public double? AnswerWithinSeconds { get; init; }
    public double? AsaTargetSeconds { get; init; }
    public double? PatienceSeconds { get; init; }
    public double? MaxAbandonFraction { get; init; }
    public int? Concurrency { get; init; }
    public double? HandleTimeGrowth { get; init; }
    public TimeSpan? ResponseWindow { get; init; }
    public double? ResponseTargetFraction { get; init; }

    public static ChannelRow From(Channel channel, int position) => channel.Model switch
    {
        VoiceModel voice => WithTarget(channel, position, "voice", voice.Target) with
        {
            PatienceSeconds = voice.PatienceSeconds,
            MaxAbandonFraction = voice.Target.MaxAbandonFraction,
        },
        ChatModel chat => WithTarget(channel, position, "chat", chat.Target) with
        {
            Concurrency = chat.Concurrency,
            HandleTimeGrowth = chat.HandleTimeGrowthPerExtraSession,
        },
        DeferredModel deferred => new ChannelRow
        {
            ChannelId = channel.Id,
            Position = position,
            Name = channel.Name,
            Kind = "deferred",
            MaxOccupancy = deferred.MaxOccupancy,
            ResponseWindow = deferred.ResponseWindow,
            ResponseTargetFraction = deferred.TargetFraction,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel.Model, "Unknown channel model."),
    };

    public Channel ToDomain()
    {
        ChannelModel model = Kind switch
        {
            "voice" => new VoiceModel(Target(), PatienceSeconds),
            "chat" => new ChatModel(Target(), Required(Concurrency), Required(HandleTimeGrowth)),
            "deferred" => new DeferredModel(Required(ResponseWindow), Required(ResponseTargetFraction), MaxOccupancy),
            _ => throw new InvalidOperationException($"Channel '{ChannelId}' has unknown kind '{Kind}'."),
        };
        return new Channel(ChannelId, Name, model);
    }

    private QueueTarget Target() => new()
    {
        ServiceLevelFraction = ServiceLevelTarget,
        AnswerWithinSeconds = Required(AnswerWithinSeconds),
        AsaTargetSeconds = AsaTargetSeconds,
        MaxOccupancy = MaxOccupancy,
        MaxAbandonFraction = MaxAbandonFraction,
    };

    private T Required<T>(T? value)
        where T : struct =>
        value ?? throw new InvalidOperationException($"Channel '{ChannelId}' of kind {Kind} lacks a column its kind needs.");

    private static ChannelRow WithTarget(Channel channel, int position, string kind, QueueTarget target) => new()
    {
        ChannelId = channel.Id,
        Position = position,
        Name = channel.Name,
        Kind = kind,
        MaxOccupancy = target.MaxOccupancy,
        ServiceLevelTarget = target.ServiceLevelFraction,
        AnswerWithinSeconds = target.AnswerWithinSeconds,
        AsaTargetSeconds = target.AsaTargetSeconds,
    };
}
