using NodaTime;
using Workforce.Core.Rostering;
using Workforce.Core.Rostering.Solving;

namespace Workforce.Core.Tests.Rostering;

/// <summary>The named-shift rules a contract can carry, and the scope of a multi-week horizon.</summary>
public class ShiftTypeContractTests
{
    private static readonly ShiftType Early = new("E", new LocalTime(6, 0), Duration.FromHours(8));

    private static Contract Make() => new(
        "rota", Duration.Zero, Duration.FromHours(48), 6, Duration.FromHours(11), 6, 2, 2, 4,
        [Duration.FromHours(8)], new LocalTime(6, 0), new LocalTime(6, 0), [], 0, 0);

    [Fact]
    public void Without_named_rules_a_contract_has_none()
    {
        var contract = Make();

        Assert.Empty(contract.ShiftTypes);
        Assert.Empty(contract.ForbiddenSuccessions);
        Assert.Null(contract.MaxShiftsOf("E"));
        Assert.Equal(0, contract.MinConsecutiveWorkingDays);
        Assert.Null(contract.MinPaidOverHorizon);
    }

    [Fact]
    public void Two_shift_types_with_one_id_are_refused() =>
        Assert.Throws<ArgumentException>(() => Make() with { ShiftTypes = [Early, Early with { Start = new LocalTime(7, 0) }] });

    [Fact]
    public void A_negative_cap_is_refused() =>
        Assert.Throws<ArgumentException>(() => Make() with { MaxShiftsPerType = new Dictionary<string, int> { ["E"] = -1 } });

    [Fact]
    public void Contracts_differing_only_in_a_named_rule_are_not_equal()
    {
        Assert.Equal(Make() with { ShiftTypes = [Early] }, Make() with { ShiftTypes = [Early] });
        Assert.NotEqual(Make(), Make() with { MinConsecutiveWorkingDays = 2 });
        Assert.NotEqual(Make(), Make() with { ForbiddenSuccessions = [new ShiftSuccession("L", "E")] });
        Assert.NotEqual(Make(), Make() with { MaxShiftsPerType = new Dictionary<string, int> { ["E"] = 3 } });
        Assert.NotEqual(Make(), Make() with { MaxPaidOverHorizon = Duration.FromHours(160) });
    }

    [Fact]
    public void A_shift_request_names_its_shift_type()
    {
        var request = AgentPreference.ShiftRequest("A", on: true, new LocalDate(2026, 3, 2), "E", 3);

        Assert.Equal((PreferenceKind.ShiftOn, "E", 3L), (request.Kind, request.ShiftTypeId, request.WeightCents));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgentPreference.ShiftRequest("A", on: false, new LocalDate(2026, 3, 2), " ", 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void A_horizon_is_whole_weeks(int days) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RosterScope { Days = days });

    [Fact]
    public void Cover_by_shift_type_costs_each_agent_short_and_each_agent_over()
    {
        var demand = new ShiftTypeDemand(0, "E", 3, 100, 1);

        Assert.Equal((200L, 0L, 2L), (demand.CostCents(1), demand.CostCents(3), demand.CostCents(5)));
        Assert.Equal(1L, (demand with { AlreadyCovered = 2 }).CostCents(2));
    }
}
