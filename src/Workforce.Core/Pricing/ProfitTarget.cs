namespace Workforce.Core.Pricing;

/// <summary>
/// What a price must earn on top of cost. Margin and markup are different things and never
/// interchangeable: a 20 % <see cref="Margin"/> is a share of the <b>price</b> (price = cost ÷ 0.8),
/// a 25 % <see cref="Markup"/> is a share of the <b>cost</b> (price = cost × 1.25). Both give the same
/// price here, which is exactly why they get confused.
/// </summary>
public abstract record ProfitTarget
{
    /// <summary>The revenue that earns this target on <paramref name="cost"/>.</summary>
    public abstract decimal RevenueFor(decimal cost);

    /// <summary>The margin (share of revenue kept) that <paramref name="revenue"/> earns over <paramref name="cost"/>; 0 when there is no revenue.</summary>
    public static decimal MarginEarned(decimal revenue, decimal cost) => revenue == 0 ? 0 : (revenue - cost) / revenue;
}

/// <summary>Profit as a share of the price: revenue = cost ÷ (1 − fraction).</summary>
public sealed record Margin : ProfitTarget
{
    /// <param name="fraction">Share of the price kept as profit, in [0, 1).</param>
    public Margin(decimal fraction)
    {
        Fraction = fraction is >= 0 and < 1
            ? fraction
            : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A margin is a share of the price: at least 0 and below 1.");
    }

    public decimal Fraction { get; }

    public override decimal RevenueFor(decimal cost) => cost / (1 - Fraction);

    public override string ToString() => $"margin {Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>Profit as a share of the cost: revenue = cost × (1 + fraction).</summary>
public sealed record Markup : ProfitTarget
{
    /// <param name="fraction">Profit added as a share of cost, ≥ 0.</param>
    public Markup(decimal fraction)
    {
        Fraction = fraction >= 0
            ? fraction
            : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A markup is a share of the cost: at least 0.");
    }

    public decimal Fraction { get; }

    public override decimal RevenueFor(decimal cost) => cost * (1 + Fraction);

    public override string ToString() => $"markup {Fraction.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
