namespace Workforce.Storage;

/// <summary>Dapper's one global switch this store relies on: <c>site_id</c> fills <c>SiteId</c>.</summary>
internal static class DapperSetup
{
    private static int _done;

    public static void Ensure()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            Dapper.DefaultTypeMap.MatchNamesWithUnderscores = true;
        }
    }
}
