namespace Workforce.Core.Tests.Architecture;

public class CoreDependencyTests
{
    [Theory]
    [InlineData("Google.OrTools")]
    [InlineData("Npgsql")]
    [InlineData("Dapper")]
    [InlineData("Microsoft.Extensions")]
    public void Core_references_no_adapter_or_hosting_library(string forbiddenPrefix)
    {
        var references = typeof(Scenario).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);
        Assert.DoesNotContain(references, name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }
}
