using NodaTime;
using NodaTime.Text;

namespace Workforce.Service;

/// <summary><c>--plan-date yyyy-MM-dd</c>: plan every site for that local date instead of today's.</summary>
internal static class PlanDateArgument
{
    public const string Name = "--plan-date";

    /// <summary>The parsed date (null when the argument is absent) and the other arguments, for the host's configuration.</summary>
    public static (ParseResult<LocalDate>? PlanDate, IReadOnlyList<string> OtherArgs) Take(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var index = args.ToList().IndexOf(Name);
        if (index < 0)
        {
            return (null, args);
        }

        var text = index + 1 < args.Count ? args[index + 1] : string.Empty;
        var parsed = LocalDatePattern.Iso.Parse(text);
        var rest = args.Where((_, i) => i != index && i != index + 1).ToList();
        return (parsed.Success ? parsed : ParseResult<LocalDate>.ForException(() => new FormatException($"expected a date as yyyy-MM-dd, got '{text}'")), rest);
    }
}
