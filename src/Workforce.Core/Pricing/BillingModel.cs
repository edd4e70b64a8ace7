namespace Workforce.Core.Pricing;

/// <summary>The ways a BPO bills a client.</summary>
public enum BillingModel
{
    /// <summary>Per productive agent-hour: hours on the phones after unplanned shrinkage. The client carries the volume risk.</summary>
    PerProductiveHour,

    /// <summary>Per billable minute: the billable share of handle time (talk and hold by default, no after-call work).</summary>
    PerBillableMinute,

    /// <summary>Per contact handled, a price per channel. The BPO carries the volume and handle-time risk.</summary>
    PerContact,

    /// <summary>A fixed fee per month, whatever the volume.</summary>
    FixedMonthlyFee,

    /// <summary>A base fee per month adjusted by a bonus or penalty on the month's service level.</summary>
    PerformanceBased,
}

/// <summary>Names and units of the billing models as files and tables show them.</summary>
public static class BillingModels
{
    public static IReadOnlyList<BillingModel> All { get; } = Enum.GetValues<BillingModel>();

    /// <summary>Short key used in files and <c>--json</c>.</summary>
    public static string Key(BillingModel model) => model switch
    {
        BillingModel.PerProductiveHour => "per-hour",
        BillingModel.PerBillableMinute => "per-minute",
        BillingModel.PerContact => "per-contact",
        BillingModel.FixedMonthlyFee => "fixed-monthly",
        BillingModel.PerformanceBased => "performance",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };

    /// <summary>What one unit of the price buys.</summary>
    public static string Unit(BillingModel model) => model switch
    {
        BillingModel.PerProductiveHour => "productive agent-hour",
        BillingModel.PerBillableMinute => "billable minute",
        BillingModel.PerContact => "contact",
        BillingModel.FixedMonthlyFee => "month",
        BillingModel.PerformanceBased => "month (base fee)",
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, null),
    };
}
