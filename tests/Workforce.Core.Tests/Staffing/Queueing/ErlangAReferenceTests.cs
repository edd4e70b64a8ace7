using System.Globalization;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Staffing.Queueing;

/// <summary>
/// Every row of <c>data/erlang/erlang_a_reference.csv</c> (all published), each its own test line,
/// matched to half a unit of the last printed digit. <c>asa_min</c> is in minutes.
/// </summary>
public class ErlangAReferenceTests
{
    public static TheoryData<string, string> Rows => ReferenceTable.ErlangA.Keys(_ => true);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Erlang_A_reproduces_each_published_reference_value(string caseId, string metric)
    {
        var row = ReferenceTable.ErlangA.Row(caseId, metric);
        var printed = row["published_value"];

        Assert.Equal(ReferenceTable.Number(printed), Compute(row), ReferenceTable.Tolerance(row["published_rounding"], printed));
    }

    private static double Compute(Dictionary<string, string> row)
    {
        var aht = ReferenceTable.Number(row["aht_s"]);
        var traffic = ErlangC.TrafficErlangs(ReferenceTable.Number(row["calls"]), ReferenceTable.Number(row["period_s"]), aht);
        var patience = ReferenceTable.Number(row["mean_patience_s"]);
        var answerWithin = ReferenceTable.Number(row["target_answer_s"]);
        var metric = row["metric"];

        if (metric is "required_agents_raw" or "required_agents_with_shrinkage")
        {
            var target = new QueueTarget
            {
                ServiceLevelFraction = ReferenceTable.OptionalNumber(row["target_service_level"]),
                AnswerWithinSeconds = answerWithin,
                MaxOccupancy = ReferenceTable.OptionalNumber(row["max_occupancy"]) ?? 1,
                MaxAbandonFraction = ReferenceTable.OptionalNumber(row["max_abandonment"]),
            };
            var raw = ErlangA.RequiredAgents(traffic, aht, patience, target).Agents;
            return metric == "required_agents_raw" ? raw : ErlangCReferenceTests.GrossUp(raw, ReferenceTable.Number(row["shrinkage"]));
        }

        var metrics = ErlangA.Evaluate(traffic, int.Parse(row["agents"], CultureInfo.InvariantCulture), aht, patience, answerWithin);
        return metric switch
        {
            "prob_wait" => metrics.ProbabilityOfWaiting,
            "prob_abandon" => metrics.ProbabilityOfAbandoning,
            "occupancy" => metrics.Occupancy,
            "asa_min" => metrics.AverageSpeedOfAnswerSeconds / 60,
            "service_level" => metrics.ServiceLevel,
            _ => throw new InvalidDataException($"Unknown metric '{metric}'."),
        };
    }
}
