using NodaTime;
using NodaTime.Text;
using Workforce.Core.Common;
using Workforce.Files.Csv;

namespace Workforce.Files.Scenario.Capacity;

/// <summary>
/// Reads the optional <c>hire_date</c> column of <c>agents.csv</c> (the day the agent's class started
/// training), which only capacity planning uses; the roster reader ignores it, so files without the
/// column stay valid. An agent in nesting or in training needs one (to know when their training ends);
/// an agent in production without one is established.
/// </summary>
public static class AgentHireDatesReader
{
    public const string Column = "hire_date";

    public static InputResult<IReadOnlyDictionary<string, LocalDate>> Read(string path, LocalDate startWeek)
    {
        ArgumentNullException.ThrowIfNull(path);
        return InputErrorException.Capture<IReadOnlyDictionary<string, LocalDate>>(() => ReadRows(path, startWeek));
    }

    private static Dictionary<string, LocalDate> ReadRows(string path, LocalDate startWeek)
    {
        var dates = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        foreach (var row in CsvFile.Read(path, ["agent_id", "status"]))
        {
            var text = row.OptionalText(Column);
            if (text.Length == 0)
            {
                if (row.Text("status") != "production")
                {
                    throw row.Fail(Column, "an agent in nesting or in_training needs a hire date (YYYY-MM-DD) for capacity planning: it says when their training ends");
                }

                continue;
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            if (!parsed.Success)
            {
                throw row.Fail(Column, $"expected a date as YYYY-MM-DD, got '{text}'");
            }

            if (parsed.Value > startWeek)
            {
                throw row.Fail(Column, $"{text} is after the capacity plan's first week ({LocalDatePattern.Iso.Format(startWeek)}); plan future hires in capacity.json");
            }

            dates[row.Id("agent_id")] = parsed.Value;
        }

        return dates;
    }
}
