namespace Workforce.Web.Tests;

/// <summary>One embedded server (and its first plan) for every test class that needs it.</summary>
[CollectionDefinition(Name)]
public sealed class EmbeddedSiteTests : ICollectionFixture<EmbeddedSite>
{
    public const string Name = "embedded site";
}
