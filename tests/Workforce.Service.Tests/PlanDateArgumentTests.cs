using NodaTime;

namespace Workforce.Service.Tests;

public class PlanDateArgumentTests
{
    [Fact]
    public void The_plan_date_is_taken_out_of_the_arguments_the_host_reads()
    {
        var (planDate, others) = PlanDateArgument.Take(["--Planning:FreezeDays=1", "--plan-date", "2026-03-03"]);

        Assert.Equal(new LocalDate(2026, 3, 3), planDate!.Value);
        Assert.Equal(["--Planning:FreezeDays=1"], others);
    }

    [Fact]
    public void Without_the_argument_there_is_no_plan_date()
    {
        var (planDate, others) = PlanDateArgument.Take(["--x=1"]);

        Assert.Null(planDate);
        Assert.Equal(["--x=1"], others);
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("tomorrow")]
    public void A_plan_date_that_is_not_a_date_is_refused(string text)
    {
        var (planDate, _) = PlanDateArgument.Take(["--plan-date", text]);

        Assert.False(planDate!.Success);
        Assert.Equal($"expected a date as yyyy-MM-dd, got '{text}'", planDate.Exception.Message);
    }

    [Fact]
    public void A_missing_plan_date_value_is_refused()
    {
        var (planDate, _) = PlanDateArgument.Take(["--plan-date"]);

        Assert.False(planDate!.Success);
    }

    [Fact]
    public async Task The_service_reports_a_bad_plan_date_in_one_line_with_exit_code_2()
    {
        using var service = ServiceProcess.Start("Host=127.0.0.1;Port=1;Username=nobody", null, "--once", "--plan-date", "2026-02-30");
        var exitCode = await service.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(2, exitCode);
        Assert.Equal("error: --plan-date: expected a date as yyyy-MM-dd, got '2026-02-30'", service.Output.Trim());
    }
}
