using NodaTime;

namespace Workforce.Core.Sites;

/// <summary>A public holiday in the site's calendar; premiums and closures key off it.</summary>
public sealed record PublicHoliday(LocalDate Date, string Name);
