namespace Workforce.Core.Sites;

/// <summary>How a channel's contacts queue, which decides the staffing model.</summary>
public enum ChannelKind
{
    /// <summary>Live calls: Erlang C, or Erlang A when callers' patience is given.</summary>
    Voice,

    /// <summary>Live chat: an agent holds several sessions at once.</summary>
    Chat,

    /// <summary>Work that can wait (email, social messages, tickets) up to a response window.</summary>
    Deferred,
}
