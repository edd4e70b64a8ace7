namespace Workforce.Core.Forecasting;

/// <summary>
/// A ¼, ½, ¼ moving average over neighbouring slots of the same day. Arrival rates change smoothly
/// through the day, while a profile from a few weeks carries each slot's Poisson noise; averaging with
/// the neighbours cuts that noise variance to about 3/8 at the cost of slightly softer edges where a
/// centre opens or closes. The ends of the day keep their own weight instead of a missing neighbour.
/// </summary>
internal static class IntradaySmoothing
{
    public static double[] Smooth(IReadOnlyList<double> values, int slotsPerDay)
    {
        var result = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var slot = i % slotsPerDay;
            var before = slot > 0 ? values[i - 1] : values[i];
            var after = slot < slotsPerDay - 1 ? values[i + 1] : values[i];
            result[i] = (0.25 * before) + (0.5 * values[i]) + (0.25 * after);
        }

        return result;
    }
}
