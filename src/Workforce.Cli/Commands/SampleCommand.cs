using System.CommandLine;
using NodaTime;
using NodaTime.Text;
using Workforce.Core.Samples;
using Workforce.Files.Output;
using Workforce.Files.Scenario;

namespace Workforce.Cli.Commands;

/// <summary>
/// <c>workforce sample</c>: writes a realistic sample scenario (the one in data/sample, or a larger
/// one for benchmarks) from the Anonymous Bank arrival shape. Same seed, same files. Every agent written
/// has a lawful week (<see cref="SampleAgentGenerator.Generate(Core.Scenario, int)"/>).
/// </summary>
internal static class SampleCommand
{
    private static readonly Option<string> Out = OptionFactory.RequiredPath("--out", "Scenario folder to write");
    private static readonly Option<string> Profile = OptionFactory.RequiredPath("--profile", "Half-hourly arrivals file giving the demand shape (data/reference/anonymous-bank/...)");
    private static readonly Option<double?> Scale = OptionFactory.Number("--scale", "Volume multiplier; 1 is a site of about 120 agents", 0, 1000, false, true);
    private static readonly Option<int> Seed = new("--seed") { Description = "Random seed", DefaultValueFactory = _ => 7 };
    private static readonly Option<string> WeekStart = new("--week-start") { Description = "First day of the week (YYYY-MM-DD)", DefaultValueFactory = _ => "2026-03-08" };
    private static readonly Option<string> Name = new("--name") { Description = "Site name", DefaultValueFactory = _ => "Tel Aviv multichannel hub" };

    public static Command Build()
    {
        var command = new Command("sample", "Write a realistic sample scenario") { Out, Profile, Scale, Seed, WeekStart, Name };
        command.SetAction(parse =>
        {
            var week = LocalDatePattern.Iso.Parse(parse.GetValue(WeekStart)!);
            if (!week.Success)
            {
                throw new UsageException("--week-start", $"expected YYYY-MM-DD, got '{parse.GetValue(WeekStart)}'");
            }

            using var output = OutputFolder.Begin(parse.GetValue(Out)!, parse.GetValue(Profile));
            var profile = ArrivalProfileReader.Read(parse.GetValue(Profile)!);
            if (!profile.Succeeded)
            {
                throw new BadInputException(profile.Error!.ToString());
            }

            var options = new SampleSiteOptions(parse.GetValue(Name)!, week.Value, parse.GetValue(Scale) ?? 1.0, parse.GetValue(Seed));
            var scenario = SampleSiteGenerator.Generate(options, profile.Value);
            var outDir = output.WorkingDirectory;
            SiteFileWriter.Write(Path.Combine(outDir, SiteFileReader.FileName), scenario.Site);
            ForecastCsvWriter.Write(Path.Combine(outDir, ForecastCsvReader.FileName), scenario.Forecast);
            var roster = SampleAgentGenerator.Generate(scenario, options.Seed);
            RosterInputsFolder.Write(outDir, roster);
            output.Commit();
            Console.Error.WriteLine(
                $"Wrote {scenario.Site.Channels.Count} channels, {scenario.Forecast.Count} forecast rows, {roster.Agents.Count} agents, "
                + $"{roster.Contracts.Count} contracts and {roster.TimeOff.Count} time-off rows to {output.Target}");
            return ExitCodes.Success;
        });
        return command;
    }
}
