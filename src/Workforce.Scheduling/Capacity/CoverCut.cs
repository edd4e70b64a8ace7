namespace Workforce.Scheduling.Capacity;

/// <summary>
/// A valid inequality of the hiring model, in the spirit of the (l, S) inequalities of lot sizing: the
/// cover of skill <see cref="Skill"/> in week l = <see cref="Week"/>, with the classes from
/// <see cref="FirstStart"/> (t₀) on counted by whether they run rather than by their size.
/// <code>
/// Σ_{w&lt;t₀} c[l−w]·n[w] + Σ_{t≥t₀} β_t·y[t] + short[l] + ot[l] + Σ_{t≥t₀} α_t·(short[j_t] + ot[j_t]) ≥ need[l]
///   j_t = t + T − 1 (the last training week of a class starting in t: no class from t on produces yet)
///   α_t = min over w &lt; t₀ of c[l−w] ÷ c[j_t−w]  (what an earlier class keeps of its week-j_t output in week l)
///   β_t = need[l] − α_t·need[j_t], within [0, need[l]]
/// </code>
/// Why it holds: if no class from t₀ on runs, it is week l's cover. Otherwise let t* be the first that
/// runs. The classes before t* are those before t₀, and in week j = j_{t*} they alone produce (the
/// rest are in training), covering need[j] − short[j] − ot[j]; in week l they still give at least α
/// times that, and β_{t*} adds the rest of need[l]. The LP relaxation can no longer cover a week with
/// a sliver of a class (y = n ÷ maximum size): a class that runs is charged for the need it must
/// meet. The cover of week l alone (<c>n ≤ max·y</c>) lets the LP hire one agent a week at 1/20 of a
/// trainer; with these cuts the LP bound of the 52-week plan rose from 4.97 M to 5.39 M (best plan 5.49 M).
/// </summary>
/// <param name="Skill">Skill index.</param>
/// <param name="Week">The covered week l.</param>
/// <param name="FirstStart">t₀: classes starting from this week on count by y.</param>
internal sealed record CoverCut(int Skill, int Week, int FirstStart)
{
    /// <summary>
    /// The cut's terms on given coverage numbers: the hires' output and α (<paramref name="output"/>),
    /// <paramref name="need"/>[k] of the skill, and whether week k has shortfall and overtime variables
    /// (<paramref name="modelled"/>). Null when the week needs nothing (the cut is void).
    /// </summary>
    public CoverCutRow? Row(ClassOutput output, IReadOnlyList<double> need, IReadOnlyList<bool> modelled)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(need);
        ArgumentNullException.ThrowIfNull(modelled);
        var l = Week;
        if (need[l] <= 0 || !modelled[l])
        {
            return null;
        }

        var sizes = new List<(int, double)>();
        var runs = new List<(int, double)>();
        var earlier = new List<(int, double)>();
        foreach (var t in output.ProducingIn(l))
        {
            if (t < FirstStart)
            {
                sizes.Add((t, output.HireFte[l - t]));
                continue;
            }

            var j = t + output.TrainingWeeks - 1;
            var alpha = j >= 0 && modelled[j] ? output.Keeps(FirstStart, t, l) : 0;
            var coefficient = Math.Clamp(need[l] - (alpha > 0 ? alpha * need[j] : 0), 0, need[l]);
            if (coefficient > 0)
            {
                runs.Add((t, coefficient));
            }

            if (alpha > 0)
            {
                earlier.Add((j, alpha));
            }
        }

        return new CoverCutRow(need[l], sizes, runs, earlier);
    }
}

/// <summary>
/// A cover cut's terms: Σ <see cref="Sizes"/>·n + Σ <see cref="Runs"/>·y + short[l] + ot[l]
/// + Σ <see cref="Earlier"/>.Alpha·(short[week] + ot[week]) ≥ <see cref="Need"/>.
/// </summary>
internal sealed record CoverCutRow(
    double Need,
    IReadOnlyList<(int Start, double Fte)> Sizes,
    IReadOnlyList<(int Start, double Coefficient)> Runs,
    IReadOnlyList<(int Week, double Alpha)> Earlier);
