using System.Text;
using System.Text.Json;
using NodaTime.Text;
using Workforce.Core.Sites;
using Workforce.Core.Staffing.Queueing;
using Workforce.Files.Output;

namespace Workforce.Files.Scenario;

/// <summary>Writes a <see cref="Site"/> as <c>site.json</c>, in the layout <see cref="SiteFileReader"/> reads.</summary>
public static class SiteFileWriter
{
    public static void Write(string path, Site site)
    {
        ArgumentNullException.ThrowIfNull(site);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("name", site.Name);
            json.WriteString("timeZone", site.TimeZone.Id);
            json.WriteString("currency", site.Currency);
            json.WriteNumber("intervalMinutes", (int)site.IntervalLength.TotalMinutes);
            json.WriteString("weekStart", LocalDatePattern.Iso.Format(site.WeekStart));
            json.WriteStartArray("weekendDays");
            foreach (var day in site.WeekendDays.Order())
            {
                json.WriteStringValue(day.ToString());
            }

            json.WriteEndArray();
            json.WriteStartArray("publicHolidays");
            foreach (var holiday in site.PublicHolidays)
            {
                json.WriteStartObject();
                json.WriteString("date", LocalDatePattern.Iso.Format(holiday.Date));
                json.WriteString("name", holiday.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteShrinkage(json, site.Shrinkage);
            json.WriteStartArray("channels");
            foreach (var channel in site.Channels)
            {
                WriteChannel(json, channel);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        AtomicFile.WriteAllText(path, Encoding.UTF8.GetString(buffer.ToArray()) + "\n");
    }

    private static void WriteShrinkage(Utf8JsonWriter json, Shrinkage shrinkage)
    {
        json.WriteStartObject("shrinkage");
        foreach (var (name, components) in new[] { ("unplanned", shrinkage.UnplannedComponents), ("planned", shrinkage.PlannedComponents) })
        {
            json.WriteStartObject(name);
            foreach (var (component, fraction) in components)
            {
                json.WriteNumber(component, fraction);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static void WriteChannel(Utf8JsonWriter json, Channel channel)
    {
        json.WriteStartObject();
        json.WriteString("id", channel.Id);
        json.WriteString("name", channel.Name);
        switch (channel.Model)
        {
            case VoiceModel voice:
                json.WriteString("kind", "voice");
                WriteTarget(json, voice.Target);
                if (voice.PatienceSeconds is { } patience)
                {
                    json.WriteNumber("patienceSeconds", patience);
                }

                if (voice.Target.MaxAbandonFraction is { } abandon)
                {
                    json.WriteNumber("maxAbandonFraction", abandon);
                }

                break;
            case ChatModel chat:
                json.WriteString("kind", "chat");
                json.WriteNumber("concurrency", chat.Concurrency);
                json.WriteNumber("handleTimeGrowthPerExtraSession", chat.HandleTimeGrowthPerExtraSession);
                WriteTarget(json, chat.Target);
                break;
            case DeferredModel deferred:
                json.WriteString("kind", "deferred");
                json.WriteStartObject("responseTarget");
                json.WriteNumber("fraction", deferred.TargetFraction);
                json.WriteNumber("withinHours", deferred.ResponseWindow.TotalHours);
                json.WriteEndObject();
                json.WriteNumber("maxOccupancy", deferred.MaxOccupancy);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(channel), channel.Model, "Unknown channel model.");
        }

        json.WriteEndObject();
    }

    private static void WriteTarget(Utf8JsonWriter json, QueueTarget target)
    {
        if (target.ServiceLevelFraction is { } fraction)
        {
            json.WriteStartObject("serviceLevel");
            json.WriteNumber("target", fraction);
            json.WriteNumber("answerWithinSeconds", target.AnswerWithinSeconds);
            json.WriteEndObject();
        }

        if (target.AsaTargetSeconds is { } asa)
        {
            json.WriteNumber("asaTargetSeconds", asa);
        }

        json.WriteNumber("maxOccupancy", target.MaxOccupancy);
    }
}
