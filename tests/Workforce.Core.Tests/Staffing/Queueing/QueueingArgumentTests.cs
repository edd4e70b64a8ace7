using Workforce.Core.Staffing.Queueing;

namespace Workforce.Core.Tests.Staffing.Queueing;

/// <summary>
/// Bad arguments are programmer errors (user input is validated earlier): each throws
/// <see cref="ArgumentOutOfRangeException"/> naming the parameter.
/// </summary>
public class QueueingArgumentTests
{
    private static readonly QueueTarget Valid = new() { ServiceLevelFraction = 0.8, AnswerWithinSeconds = 20 };

    private static readonly Dictionary<string, (string Parameter, Action Call)> Cases = new()
    {
        ["traffic from negative contacts"] = ("contacts", () => ErlangC.TrafficErlangs(-1, 1800, 180)),
        ["traffic from NaN contacts"] = ("contacts", () => ErlangC.TrafficErlangs(double.NaN, 1800, 180)),
        ["traffic over a zero period"] = ("periodSeconds", () => ErlangC.TrafficErlangs(100, 0, 180)),
        ["traffic with infinite handle time"] = ("ahtSeconds", () => ErlangC.TrafficErlangs(100, 1800, double.PositiveInfinity)),
        ["Erlang B with negative traffic"] = ("trafficErlangs", () => ErlangB.BlockingProbability(-0.1, 3)),
        ["Erlang B with infinite traffic"] = ("trafficErlangs", () => ErlangB.BlockingProbability(double.PositiveInfinity, 3)),
        ["Erlang B with negative channels"] = ("channels", () => ErlangB.BlockingProbability(1, -1)),
        ["Erlang B with a zero blocking limit"] = ("maxBlockingProbability", () => ErlangB.MinimumChannels(1, 0)),
        ["Erlang B with a NaN blocking limit"] = ("maxBlockingProbability", () => ErlangB.MinimumChannels(1, double.NaN)),
        ["waiting with NaN traffic"] = ("trafficErlangs", () => ErlangC.ProbabilityOfWaiting(double.NaN, 3)),
        ["waiting with negative agents"] = ("agents", () => ErlangC.ProbabilityOfWaiting(1, -2)),
        ["Erlang C with zero handle time"] = ("ahtSeconds", () => ErlangC.Evaluate(1, 3, 0, 20)),
        ["Erlang C with a negative answer time"] = ("answerWithinSeconds", () => ErlangC.Evaluate(1, 3, 180, -1)),
        ["Erlang C with traffic beyond the supported range"] = ("trafficErlangs", () => ErlangC.RequiredAgents(2e7, 180, Valid)),
        ["Erlang C with a service level of 1"] = ("target", () => ErlangC.RequiredAgents(1, 180, Valid with { ServiceLevelFraction = 1 })),
        ["Erlang C with a service level of 0"] = ("target", () => ErlangC.RequiredAgents(1, 180, Valid with { ServiceLevelFraction = 0 })),
        ["Erlang C with a NaN answer time in the target"] = ("target", () => ErlangC.RequiredAgents(1, 180, Valid with { AnswerWithinSeconds = double.NaN })),
        ["Erlang C with a zero ASA target"] = ("target", () => ErlangC.RequiredAgents(1, 180, Valid with { AsaTargetSeconds = 0 })),
        ["Erlang C with an occupancy cap of 0"] = ("target", () => ErlangC.RequiredAgents(1, 180, Valid with { MaxOccupancy = 0 })),
        ["Erlang C with an occupancy cap above 1"] = ("target", () => ErlangC.RequiredAgents(1, 180, Valid with { MaxOccupancy = 1.1 })),
        ["Erlang C with an abandonment limit of 0"] = ("target", () => ErlangC.RequiredAgents(1, 180, Valid with { MaxAbandonFraction = 0 })),
        ["Erlang A with zero patience"] = ("patienceSeconds", () => ErlangA.Evaluate(1, 3, 180, 0, 20)),
        ["Erlang A with infinite patience"] = ("patienceSeconds", () => ErlangA.RequiredAgents(1, 180, double.PositiveInfinity, Valid)),
        ["Erlang A with negative agents"] = ("agents", () => ErlangA.Evaluate(1, -1, 180, 120, 20)),
        ["Erlang A with an abandonment limit above 1"] = ("target", () => ErlangA.RequiredAgents(1, 180, 120, Valid with { MaxAbandonFraction = 1.5 })),
        ["chat with no concurrency"] = ("concurrency", () => ChatConcurrency.RequiredAgents(1, 300, 0, 0.25, Valid)),
        ["chat with negative handle-time growth"] = ("handleTimeGrowthPerExtraSession", () => ChatConcurrency.Evaluate(1, 2, 300, 2, -0.1, 20)),
        ["chat with NaN handle-time growth"] = ("handleTimeGrowthPerExtraSession", () => ChatConcurrency.RequiredAgents(1, 300, 2, double.NaN, Valid)),
        ["chat with more slots than can be counted"] = ("agents", () => ChatConcurrency.Evaluate(1, int.MaxValue / 2, 300, 3, 0.25, 20)),
    };

    public static TheoryData<string> CaseNames => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void An_argument_out_of_range_throws_naming_the_parameter(string name)
    {
        var (parameter, call) = Cases[name];

        var thrown = Assert.Throws<ArgumentOutOfRangeException>(call);

        Assert.Equal(parameter, thrown.ParamName);
    }

    [Fact]
    public void A_missing_target_throws()
    {
        Assert.Throws<ArgumentNullException>("target", () => ErlangC.RequiredAgents(1, 180, null!));
        Assert.Throws<ArgumentNullException>("target", () => ErlangA.RequiredAgents(1, 180, 120, null!));
        Assert.Throws<ArgumentNullException>("target", () => ChatConcurrency.RequiredAgents(1, 180, 2, 0.25, null!));
    }
}
