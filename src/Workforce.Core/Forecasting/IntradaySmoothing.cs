namespace Workforce.Core.Forecasting;

/// <summary>
/// A ¼, ½, ¼ moving average over neighbouring slots of the same day. Arrival rates change smoothly
/// through the day, while a profile from a few weeks carries each slot's Poisson noise; averaging with
/// the neighbours cuts that noise variance to about 3/8. Closed slots (exactly 0) stay closed and are
/// left out of their neighbours' averages (the weights of the others are rescaled), so opening and
/// closing times stay sharp: nothing is forecast for 08:45 at a centre that opens at 09:00.
/// </summary>
internal static class IntradaySmoothing
{
    public static double[] Smooth(IReadOnlyList<double> values, int slotsPerDay)
    {
        var result = new double[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] <= 0)
            {
                continue;
            }

            var slot = i % slotsPerDay;
            double sum = 0.5 * values[i], weight = 0.5;
            if (slot > 0 && values[i - 1] > 0)
            {
                sum += 0.25 * values[i - 1];
                weight += 0.25;
            }

            if (slot < slotsPerDay - 1 && values[i + 1] > 0)
            {
                sum += 0.25 * values[i + 1];
                weight += 0.25;
            }

            result[i] = sum / weight;
        }

        return result;
    }
}
