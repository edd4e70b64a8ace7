using System.Text.Json;
using System.Text.Json.Serialization;
using Workforce.Core.Pricing;

namespace Workforce.Files.Output.Pricing;

/// <summary>
/// The priced bid as JSON (<c>prices.json</c>, and <c>workforce price --json</c>):
/// <c>{ currency, monthlyCost, models: [{ model, unit, unitPrice, expectedMonthlyRevenue, margin }], sensitivity: [...] }</c>
/// with the cost breakdown and the performance fee beside them. Money is rounded to the cent here, for display.
/// </summary>
public static class PriceSheetJson
{
    public static string Serialize(PriceSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var precision = sheet.Precision;
        decimal Money(decimal value) => PriceFigures.Cents(value, precision);
        var cost = sheet.Cost;
        var document = new
        {
            currency = sheet.Currency,
            profitTarget = sheet.Target switch
            {
                Margin m => (object)new { margin = m.Fraction },
                Markup m => new { markup = m.Fraction },
                _ => throw new ArgumentOutOfRangeException(nameof(sheet), sheet.Target, null),
            },
            contractMonths = sheet.ContractMonths,
            monthlyCost = Money(cost.Total),
            cost = new
            {
                basePay = Money(cost.BasePay),
                nightPremium = Money(cost.NightPremiumPay),
                weekendPremium = Money(cost.WeekendPremiumPay),
                overtime = Money(cost.OvertimePay),
                publicHolidayPremium = Money(cost.PublicHolidayPremiumPay),
                employerOnCosts = Money(cost.EmployerOnCosts),
                attritionReplacement = Money(cost.AttritionReplacement),
                supportStaff = Money(cost.SupportStaff),
                seats = Money(cost.Seats),
                overhead = Money(cost.Overhead),
                paidHours = Math.Round(cost.PaidHours, 2),
                productiveHours = Math.Round(cost.ProductiveHours, 2),
                handledHours = Math.Round(cost.HandledHours, 2),
                perPaidHour = Money(cost.PerPaidHour),
                perProductiveHour = Money(cost.PerProductiveHour),
                perHandledHour = Money(cost.PerHandledHour),
                byChannel = cost.ByChannel.ToDictionary(p => p.Key, p => Money(p.Value)),
            },
            models = sheet.Prices.Select(p => new
            {
                model = BillingModels.Key(p.Model),
                channel = p.ChannelId,
                unit = BillingModels.Unit(p.Model),
                unitPrice = p.UnitPrice,
                units = PriceFigures.Units(p.Units),
                expectedMonthlyRevenue = Money(p.ExpectedMonthlyRevenue),
                monthlyCost = Money(p.MonthlyCost),
                margin = PriceFigures.Share(p.Margin),
            }),
            performance = new
            {
                baseFee = sheet.Performance.BaseFee,
                expectedFee = Money(sheet.Performance.ExpectedFee),
                p10Fee = Money(sheet.Performance.P10Fee),
                feeAtRisk = Money(sheet.Performance.FeeAtRisk),
                meanServiceLevel = Math.Round(sheet.Performance.Distribution.MeanServiceLevel, 4),
                p10ServiceLevel = Math.Round(sheet.Performance.Distribution.P10ServiceLevel, 4),
                trials = sheet.Performance.Distribution.Trials,
            },
            sensitivity = sheet.Sensitivity.Select(c => new
            {
                volumeChange = c.VolumeChange,
                ahtChange = c.AhtChange,
                attritionChange = c.AttritionChange,
                paidHoursFactor = Math.Round(c.PaidHoursFactor, 4),
                monthlyCost = Money(c.MonthlyCost),
                margins = c.Margins.ToDictionary(m => BillingModels.Key(m.Model), m => PriceFigures.Share(m.Margin)),
            }),
        };
        return JsonSerializer.Serialize(document, Options);
    }

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
