using Workforce.Core.Capacity;

namespace Workforce.Core.Tests.Capacity;

/// <summary>A class of 10 starting training in week 2, with 3 weeks of training and 2 of nesting at 50 % and 75 %.</summary>
public class ClassTimingTests
{
    private const int Weeks = 12;
    private const int StartWeek = 2;
    private const int Size = 10;

    private static readonly CapacityProblem Problem = TinyCapacity.Problem(TinyCapacity.Flat(Weeks, 5));
    private static readonly ExpectedStaff Staff = CohortProjection.WithClasses(Problem, TinyCapacity.OneClass(Weeks, StartWeek, Size));

    private static double Survivors(int week) => Size * TinyCapacity.Bands.Survival(0, week - StartWeek);

    [Fact]
    public void Before_its_start_week_a_class_is_nobody()
    {
        for (var k = 0; k < StartWeek; k++)
        {
            Assert.Equal(0, Staff.Headcount(k, 0));
        }
    }

    [Fact]
    public void During_training_the_class_is_off_the_phones()
    {
        for (var k = StartWeek; k < StartWeek + 3; k++)
        {
            Assert.Equal(Survivors(k), Staff.InTraining[k][0], 12);
            Assert.Equal(0, Staff.InNesting[k][0]);
            Assert.Equal(0, Staff.ProductiveFte[k][0]);
        }
    }

    [Fact]
    public void During_nesting_the_class_counts_at_the_curve_productivity()
    {
        double[] curve = [0.5, 0.75];
        for (var j = 0; j < 2; j++)
        {
            var k = StartWeek + 3 + j;
            Assert.Equal(0, Staff.InTraining[k][0]);
            Assert.Equal(Survivors(k), Staff.InNesting[k][0], 12);
            Assert.Equal(Survivors(k) * curve[j], Staff.ProductiveFte[k][0], 12);
        }
    }

    [Fact]
    public void From_week_w_plus_training_plus_nesting_the_class_is_in_full_production()
    {
        for (var k = StartWeek + 3 + 2; k < Weeks; k++)
        {
            Assert.Equal(0, Staff.InNesting[k][0]);
            Assert.Equal(Survivors(k), Staff.InProduction[k][0], 12);
            Assert.Equal(Survivors(k), Staff.ProductiveFte[k][0], 12);
        }

        Assert.Equal(CapacityStage.Production, TinyCapacity.Path.StageAt(5));
        Assert.Equal(CapacityStage.Nesting, TinyCapacity.Path.StageAt(4));
    }

    [Fact]
    public void Part_timers_count_at_their_fte_weight()
    {
        var problem = TinyCapacity.Problem(TinyCapacity.Flat(3, 5), [new AgentCohort("phone", AgentCohort.EstablishedWeeks, 0.5, 4)]);

        Assert.Equal(2, problem.Existing.ProductiveFte[0][0], 12);
        Assert.Equal(4, problem.Existing.InProduction[0][0], 12);
    }

    [Fact]
    public void A_nesting_productivity_outside_0_to_1_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TrainingPath(2, [0.5, 1.2]));
}
