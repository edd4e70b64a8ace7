namespace Workforce.Web;

/// <summary>
/// How the server runs (configuration section <c>Workforce</c>; <c>workforce serve</c> sets it from its
/// options). With <see cref="Scenario"/> it serves that folder from memory (the embedded mode); without it,
/// every site of the database in <c>ConnectionStrings:Workforce</c> (or <c>WORKFORCE_DB</c>).
/// </summary>
public sealed class WebOptions
{
    public const string Section = "Workforce";

    /// <summary>A scenario folder to serve without a database.</summary>
    public string? Scenario { get; set; }

    /// <summary>The embedded mode's users file (default: <c>users.json</c> in the scenario folder).</summary>
    public string? UsersFile { get; set; }

    /// <summary>Port on the loopback interface.</summary>
    public int Port { get; set; } = 5080;

    /// <summary>Wall-clock limit of one plan or what-if's roster search.</summary>
    public TimeSpan PlanTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Solver threads per plan.</summary>
    public int SolverThreads { get; set; } = 2;

    /// <summary>Plans run at once (a roster search keeps <see cref="SolverThreads"/> cores busy); later ones wait.</summary>
    public int ConcurrentPlans { get; set; } = 1;

    /// <summary>Database mode: days from today whose published shifts a what-if may not change; default: the service's <c>Planning:FreezeDays</c> when configured, else 2.</summary>
    public int FreezeDays { get; set; } = 2;

    /// <summary>Whether the embedded mode plans the folder as soon as it starts (the board then has a roster to show).</summary>
    public bool PlanOnStart { get; set; } = true;

    /// <summary>The default users file of a scenario folder.</summary>
    public string UsersPath => UsersFile ?? Path.Combine(Scenario ?? ".", "users.json");
}
