using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Common;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Queueing;
using Workforce.Files.Json;

namespace Workforce.Files.Scenario;

/// <summary>
/// Reads <c>site.json</c> (format in docs/scenario-format.md) into a <see cref="Site"/>, reporting the
/// first problem with its line and JSON path.
/// </summary>
public static class SiteFileReader
{
    public const string FileName = "site.json";

    private static readonly int[] AllowedIntervalMinutes = [5, 10, 15, 20, 30, 60];

    public static InputResult<Site> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return JsonFile.Read(path, ReadSite);
    }

    private static Site ReadSite(JsonNode root)
    {
        if (root.Element.ValueKind != JsonValueKind.Object)
        {
            throw root.Fail("expected a JSON object at the top level");
        }

        var channels = root.Child("channels").Items().Select(ReadChannel).ToList();
        if (channels.Count == 0)
        {
            throw root.Child("channels").Fail("a site needs at least one channel");
        }

        var duplicate = channels.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw root.Child("channels").Fail($"channel id '{duplicate.Key}' appears more than once");
        }

        return new Site
        {
            Name = root.String("name"),
            TimeZone = ReadTimeZone(root),
            IntervalLength = ReadIntervalLength(root),
            WeekStart = ReadDate(root.Child("weekStart")),
            WeekendDays = ReadWeekendDays(root),
            PublicHolidays = root.OptionalChild("publicHolidays")?.Items()
                .Select(h => new PublicHoliday(ReadDate(h.Child("date")), h.String("name"))).ToList() ?? [],
            Currency = ReadCurrency(root),
            Shrinkage = ReadShrinkage(root),
            Channels = channels,
        };
    }

    private static DateTimeZone ReadTimeZone(JsonNode root)
    {
        var id = root.String("timeZone");
        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw root.Child("timeZone").Fail($"unknown time zone '{id}'; expected an IANA name such as Europe/London");
    }

    private static Duration ReadIntervalLength(JsonNode root)
    {
        var minutes = root.Number("intervalMinutes");
        if (!AllowedIntervalMinutes.Contains((int)minutes) || minutes != Math.Floor(minutes))
        {
            throw root.Child("intervalMinutes").Fail(
                $"must be one of {string.Join(", ", AllowedIntervalMinutes)} minutes, got {JsonNode.Format(minutes)}");
        }

        return Duration.FromMinutes((int)minutes);
    }

    private static LocalDate ReadDate(JsonNode node)
    {
        var text = node.AsString();
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw node.Fail($"expected a date as YYYY-MM-DD, got '{text}'");
    }

    private static HashSet<IsoDayOfWeek> ReadWeekendDays(JsonNode root)
    {
        var node = root.OptionalChild("weekendDays");
        if (node is null)
        {
            return [IsoDayOfWeek.Saturday, IsoDayOfWeek.Sunday];
        }

        var days = new HashSet<IsoDayOfWeek>();
        foreach (var item in node.Value.Items())
        {
            var text = item.AsString();
            if (!Enum.TryParse<IsoDayOfWeek>(text, ignoreCase: true, out var day) || day == IsoDayOfWeek.None || !Enum.IsDefined(day) || int.TryParse(text, out _))
            {
                throw item.Fail($"expected a day name such as Saturday, got '{text}'");
            }

            days.Add(day);
        }

        return days;
    }

    private static string ReadCurrency(JsonNode root)
    {
        var code = root.String("currency");
        return code.Length == 3 && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw root.Child("currency").Fail($"expected an ISO 4217 code such as EUR, got '{code}'");
    }

    private static Shrinkage ReadShrinkage(JsonNode root)
    {
        var node = root.OptionalChild("shrinkage");
        if (node is null)
        {
            return Shrinkage.None;
        }

        var unplanned = ReadShrinkageComponents(node.Value.OptionalChild("unplanned"));
        var planned = ReadShrinkageComponents(node.Value.OptionalChild("planned"));
        var shrinkage = new Shrinkage(unplanned, planned);
        if (shrinkage.UnplannedFraction >= 1)
        {
            throw node.Value.Child("unplanned").Fail($"unplanned shrinkage adds up to {JsonNode.Format(shrinkage.UnplannedFraction)}; it must be below 1");
        }

        if (shrinkage.PlannedFraction >= 1)
        {
            throw node.Value.Child("planned").Fail($"planned shrinkage adds up to {JsonNode.Format(shrinkage.PlannedFraction)}; it must be below 1");
        }

        return shrinkage;
    }

    private static Dictionary<string, double> ReadShrinkageComponents(JsonNode? node)
    {
        var components = new Dictionary<string, double>(StringComparer.Ordinal);
        if (node is null)
        {
            return components;
        }

        foreach (var (name, value) in node.Value.Properties())
        {
            var fraction = value.AsNumber();
            if (fraction is < 0 or >= 1)
            {
                throw value.Fail($"a shrinkage component must lie in [0, 1), got {JsonNode.Format(fraction)}");
            }

            components[name] = fraction;
        }

        return components;
    }

    private static Channel ReadChannel(JsonNode node)
    {
        var id = node.Id("id");
        if (!id.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            throw node.Child("id").Fail($"a channel id may hold only letters, digits, '-' and '_', got '{id}'");
        }

        var kind = node.String("kind");
        ChannelModel model = kind switch
        {
            "voice" => ReadVoice(node),
            "chat" => ReadChat(node),
            "deferred" => ReadDeferred(node),
            _ => throw node.Child("kind").Fail($"expected voice, chat or deferred, got '{kind}'"),
        };
        return new Channel(id, node.OptionalString("name") ?? id, model);
    }

    private static VoiceModel ReadVoice(JsonNode node)
    {
        var patience = node.Has("patienceSeconds") ? PhysicalRanges.Seconds(node.Child("patienceSeconds"), node.Positive("patienceSeconds")) : (double?)null;
        var target = ReadQueueTarget(node);
        if (node.Has("maxAbandonFraction"))
        {
            if (patience is null)
            {
                throw node.Child("maxAbandonFraction").Fail("an abandonment target needs patienceSeconds (Erlang A)");
            }

            target = target with { MaxAbandonFraction = node.OpenFraction("maxAbandonFraction") };
        }

        return new VoiceModel(target, patience);
    }

    private static ChatModel ReadChat(JsonNode node)
    {
        var concurrency = node.Number("concurrency");
        if (concurrency < 1 || concurrency > 10 || concurrency != Math.Floor(concurrency))
        {
            throw node.Child("concurrency").Fail($"expected a whole number of sessions from 1 to 10, got {JsonNode.Format(concurrency)}");
        }

        var growth = node.OptionalNumber("handleTimeGrowthPerExtraSession") ?? DefaultHandleTimeGrowthPerExtraSession;
        if (growth is < 0 or > 10)
        {
            throw node.Child("handleTimeGrowthPerExtraSession").Fail($"must lie in [0, 10], got {JsonNode.Format(growth)}");
        }

        return new ChatModel(ReadQueueTarget(node), (int)concurrency, growth);
    }

    /// <summary>Default slow-down per extra concurrent chat; see docs/staffing.md.</summary>
    public const double DefaultHandleTimeGrowthPerExtraSession = 0.25;

    private static QueueTarget ReadQueueTarget(JsonNode node)
    {
        var serviceLevel = node.OptionalChild("serviceLevel");
        var asa = node.Has("asaTargetSeconds") ? PhysicalRanges.Seconds(node.Child("asaTargetSeconds"), node.Positive("asaTargetSeconds")) : (double?)null;
        if (serviceLevel is null && asa is null)
        {
            throw node.Fail("a live channel needs a serviceLevel target, an asaTargetSeconds target, or both");
        }

        double answerWithin = 0;
        double? fraction = null;
        if (serviceLevel is { } sl)
        {
            fraction = sl.OpenFraction("target");
            answerWithin = sl.Number("answerWithinSeconds");
            if (answerWithin < 0)
            {
                throw sl.Child("answerWithinSeconds").Fail($"must be 0 or more, got {JsonNode.Format(answerWithin)}");
            }

            PhysicalRanges.Seconds(sl.Child("answerWithinSeconds"), answerWithin);
        }

        return new QueueTarget
        {
            ServiceLevelFraction = fraction,
            AnswerWithinSeconds = answerWithin,
            AsaTargetSeconds = asa,
            MaxOccupancy = ReadMaxOccupancy(node),
        };
    }

    /// <summary>The longest response window a deferred channel may promise: a month.</summary>
    private const int MaxResponseHours = 31 * 24;

    private static DeferredModel ReadDeferred(JsonNode node)
    {
        var target = node.Child("responseTarget");
        var fraction = target.Number("fraction");
        if (fraction is <= 0 or > 1)
        {
            throw target.Child("fraction").Fail($"must lie in (0, 1], got {JsonNode.Format(fraction)}");
        }

        var hours = target.Positive("withinHours");
        if (hours > MaxResponseHours)
        {
            throw target.Child("withinHours").Fail($"must be at most {MaxResponseHours} hours (a month), got {JsonNode.Format(hours)}");
        }

        return new DeferredModel(TimeSpan.FromHours(hours), fraction, ReadMaxOccupancy(node));
    }

    private static double ReadMaxOccupancy(JsonNode node)
    {
        var value = node.OptionalNumber("maxOccupancy") ?? 1.0;
        return value is > 0 and <= 1 ? value : throw node.Child("maxOccupancy").Fail($"must lie in (0, 1], got {JsonNode.Format(value)}");
    }
}
