namespace Workforce.Benchmarks;

/// <summary>
/// The textbook way to staff with Erlang C, kept as the benchmark's baseline: for each candidate head-count
/// from the traffic upwards, recompute Erlang B by its recursion from zero, convert to Erlang C and test the
/// service level and occupancy. Correct, but quadratic in the head-count.
/// </summary>
internal static class TextbookErlangC
{
    public static int RequiredAgents(double trafficErlangs, double ahtSeconds, double serviceLevel, double answerWithinSeconds, double maxOccupancy)
    {
        for (var agents = (int)Math.Floor(trafficErlangs) + 1; ; agents++)
        {
            var blocking = 1.0;
            for (var n = 1; n <= agents; n++)
            {
                blocking = trafficErlangs * blocking / (n + (trafficErlangs * blocking));
            }

            var probWait = agents * blocking / (agents - (trafficErlangs * (1 - blocking)));
            var achieved = 1 - (probWait * Math.Exp(-(agents - trafficErlangs) * answerWithinSeconds / ahtSeconds));
            if (achieved >= serviceLevel && trafficErlangs / agents <= maxOccupancy)
            {
                return agents;
            }
        }
    }
}
