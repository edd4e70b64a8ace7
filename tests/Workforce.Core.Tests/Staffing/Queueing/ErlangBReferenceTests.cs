using System.Globalization;
using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Staffing.Queueing;

/// <summary>
/// Every row of <c>data/erlang/erlang_b_reference.csv</c>, each its own test line, matched to half a
/// unit of the last printed digit.
/// </summary>
public class ErlangBReferenceTests
{
    private const string MinimumChannelsPrefix = "min_channels_for_blocking<=";

    public static TheoryData<string, string> Rows => ReferenceTable.ErlangB.Keys(_ => true);

    [Theory]
    [MemberData(nameof(Rows))]
    public void Erlang_B_reproduces_each_published_reference_value(string caseId, string metric)
    {
        var row = ReferenceTable.ErlangB.Row(caseId, metric);
        var printed = row["published_value"];
        var traffic = ReferenceTable.Number(row["traffic_erlangs"]);

        var value = metric.StartsWith(MinimumChannelsPrefix, StringComparison.Ordinal)
            ? ErlangB.MinimumChannels(traffic, ReferenceTable.Number(metric[MinimumChannelsPrefix.Length..]))
            : ErlangB.BlockingProbability(traffic, int.Parse(row["channels"], CultureInfo.InvariantCulture));

        Assert.Equal(ReferenceTable.Number(printed), value, ReferenceTable.Tolerance(row["published_rounding"], printed));
    }
}
