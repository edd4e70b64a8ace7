using Google.OrTools.Sat;
using Workforce.Core.Benchmarks.Nrp;

namespace Workforce.Benchmarks.Nrp;

/// <summary>
/// The plain reference model of a Curtois–Qu instance, as a textbook would write it: one boolean per
/// employee, day and shift type, every hard rule as clauses or a linear sum over those booleans, the
/// objective as the requests plus an under and an over variable per cover row. No hints, no search of
/// our own: CP-SAT with its default portfolio. Every improvement in the engine is measured against it.
/// </summary>
internal sealed class PlainNrpModel
{
    private readonly NrpInstance _instance;

    public PlainNrpModel(NrpInstance instance)
    {
        _instance = instance;
        var days = instance.Days;
        var types = instance.ShiftTypes.Count;
        Assign = new BoolVar[instance.Employees.Count, days, types];
        Works = new BoolVar[instance.Employees.Count, days];
        for (var e = 0; e < instance.Employees.Count; e++)
        {
            for (var d = 0; d < days; d++)
            {
                for (var s = 0; s < types; s++)
                {
                    Assign[e, d, s] = Model.NewBoolVar($"x[{e},{d},{s}]");
                }

                Works[e, d] = Model.NewBoolVar($"w[{e},{d}]");
                Model.Add(LinearExpr.Sum(Enumerable.Range(0, types).Select(s => Assign[e, d, s])) == Works[e, d]);
            }
        }

        for (var e = 0; e < instance.Employees.Count; e++)
        {
            AddEmployeeRules(e);
        }

        AddObjective();
    }

    public CpModel Model { get; } = new();

    /// <summary>x[e, d, s]: employee e works shift type s on day d.</summary>
    public BoolVar[,,] Assign { get; }

    public BoolVar[,] Works { get; }

    private void AddEmployeeRules(int e)
    {
        var employee = _instance.Employees[e];
        var days = _instance.Days;
        var types = _instance.ShiftTypes;
        foreach (var dayOff in _instance.DaysOff.Where(d => d.EmployeeId == employee.Id))
        {
            Model.Add(Works[e, dayOff.Day] == 0);
        }

        // Rotation: no pair (s on d, t on d + 1) where t may not follow s.
        for (var s = 0; s < types.Count; s++)
        {
            foreach (var t in types[s].CannotFollow.Select(id => IndexOf(id)))
            {
                for (var d = 0; d + 1 < days; d++)
                {
                    Model.AddBoolOr([Assign[e, d, s].Not(), Assign[e, d + 1, t].Not()]);
                }
            }
        }

        for (var s = 0; s < types.Count; s++)
        {
            if (employee.MaxShiftsOf(types[s].Id) is { } cap)
            {
                Model.Add(LinearExpr.Sum(Enumerable.Range(0, days).Select(d => Assign[e, d, s])) <= cap);
            }
        }

        var minutes = LinearExpr.NewBuilder();
        for (var d = 0; d < days; d++)
        {
            for (var s = 0; s < types.Count; s++)
            {
                minutes.AddTerm(Assign[e, d, s], types[s].LengthMinutes);
            }
        }

        Model.AddLinearConstraint(minutes, employee.MinTotalMinutes, employee.MaxTotalMinutes);

        // At most MaxConsecutiveShifts working days in any window one longer.
        var max = employee.MaxConsecutiveShifts;
        for (var first = 0; first + max < days; first++)
        {
            Model.Add(LinearExpr.Sum(Enumerable.Range(first, max + 1).Select(d => Works[e, d])) <= max);
        }

        // Minimum runs, away from the horizon's edges: no run of length l < minimum bounded on both sides.
        AddMinimumRuns(e, employee.MinConsecutiveShifts, working: true);
        AddMinimumRuns(e, employee.MinConsecutiveDaysOff, working: false);

        var weekends = new List<BoolVar>();
        for (var w = 0; w < _instance.Weekends; w++)
        {
            var worked = Model.NewBoolVar($"weekend[{e},{w}]");
            Model.AddMaxEquality(worked, [Works[e, (7 * w) + 5], Works[e, (7 * w) + 6]]);
            weekends.Add(worked);
        }

        Model.Add(LinearExpr.Sum(weekends) <= employee.MaxWeekends);
    }

    private void AddMinimumRuns(int e, int minimum, bool working)
    {
        // A run is maximal when the days either side are not of its kind; forbid the short ones.
        ILiteral OfRun(int d) => working ? Works[e, d] : Works[e, d].Not();
        ILiteral NotOfRun(int d) => working ? Works[e, d].Not() : Works[e, d];
        for (var length = 1; length < minimum; length++)
        {
            for (var first = 1; first + length < _instance.Days; first++)
            {
                var clause = new List<ILiteral> { OfRun(first - 1) };
                clause.AddRange(Enumerable.Range(first, length).Select(NotOfRun));
                clause.Add(OfRun(first + length));
                Model.AddBoolOr(clause);
            }
        }
    }

    private void AddObjective()
    {
        var objective = LinearExpr.NewBuilder();
        foreach (var request in _instance.ShiftOnRequests)
        {
            objective.Add(request.Weight * (1 - Assign[EmployeeIndex(request.EmployeeId), request.Day, IndexOf(request.ShiftTypeId)]));
        }

        foreach (var request in _instance.ShiftOffRequests)
        {
            objective.AddTerm(Assign[EmployeeIndex(request.EmployeeId), request.Day, IndexOf(request.ShiftTypeId)], request.Weight);
        }

        foreach (var cover in _instance.Cover)
        {
            var s = IndexOf(cover.ShiftTypeId);
            var employees = _instance.Employees.Count;
            var under = Model.NewIntVar(0, cover.Requirement, $"under[{cover.Day},{s}]");
            var over = Model.NewIntVar(0, employees, $"over[{cover.Day},{s}]");
            Model.Add(LinearExpr.Sum(Enumerable.Range(0, employees).Select(e => Assign[e, cover.Day, s])) + under - over == cover.Requirement);
            objective.AddTerm(under, cover.WeightUnder);
            objective.AddTerm(over, cover.WeightOver);
        }

        Model.Minimize(objective);
    }

    /// <summary>The assignments of a solution, read through <paramref name="value"/>.</summary>
    public List<NrpAssignment> Read(Func<BoolVar, bool> value)
    {
        var assignments = new List<NrpAssignment>();
        for (var e = 0; e < _instance.Employees.Count; e++)
        {
            for (var d = 0; d < _instance.Days; d++)
            {
                for (var s = 0; s < _instance.ShiftTypes.Count; s++)
                {
                    if (value(Assign[e, d, s]))
                    {
                        assignments.Add(new NrpAssignment(_instance.Employees[e].Id, d, _instance.ShiftTypes[s].Id));
                    }
                }
            }
        }

        return assignments;
    }

    private int IndexOf(string shiftTypeId) => _instance.ShiftTypes.ToList().FindIndex(s => s.Id == shiftTypeId);

    private int EmployeeIndex(string employeeId) => _instance.Employees.ToList().FindIndex(e => e.Id == employeeId);
}
