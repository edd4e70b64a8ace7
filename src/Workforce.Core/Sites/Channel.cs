namespace Workforce.Core.Sites;

/// <summary>A contact channel a site serves (phone, chat, email, ...).</summary>
/// <param name="Id">Short key used in every file (<c>forecast.csv</c>, agents' skills).</param>
/// <param name="Name">Name a planner reads in reports.</param>
/// <param name="Model">Its staffing model and targets.</param>
public sealed record Channel(string Id, string Name, ChannelModel Model)
{
    public ChannelKind Kind => Model.Kind;
}
