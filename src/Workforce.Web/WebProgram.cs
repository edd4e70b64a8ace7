namespace Workforce.Web;

/// <summary>
/// The web server's own entry point (<c>dotnet run --project src/Workforce.Web -- --Workforce:Scenario=DIR</c>);
/// planners use <c>workforce serve</c>, which prints the login link. Tests start it through WebApplicationFactory.
/// </summary>
public sealed class WebProgram
{
    private WebProgram()
    {
    }

    public static async Task Main(string[] args)
    {
        await using var app = WorkforceWebApp.Build(args);
        await app.RunAsync();
    }
}
