using System.Text.Json;
using Dapper;
using NodaTime;
using Npgsql;
using Workforce.Core.Rostering.Reporting;

namespace Workforce.Storage.Planning;

/// <summary>What publishing a draft did.</summary>
public enum PublishOutcome
{
    /// <summary>The draft is the week's published version; the one before it is superseded.</summary>
    Published,

    /// <summary>The week's published version is not the base the caller and the draft were planned against: someone published since.</summary>
    Conflict,

    /// <summary>The site has no roster version with this id.</summary>
    NotFound,

    /// <summary>The version is already published or superseded.</summary>
    NotADraft,
}

/// <summary>
/// What-if drafts: roster versions planned against a week's published version and kept aside (status
/// <c>draft</c>) until a planner publishes one. Publishing is optimistic: it succeeds only while the week's
/// published version is still the draft's base, checked and switched in one transaction under the week's lock
/// (the one plan runs and imports take to publish), so of two drafts made from one base only the first
/// published wins.
/// </summary>
public sealed class RosterDraftStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Stores <paramref name="report"/> as a draft of the site week, with its shifts, activities and coverage,
    /// in one transaction, and returns its version id.
    /// </summary>
    /// <param name="baseVersionId">The published version the what-if was planned against; null when the week had none.</param>
    /// <param name="whatIfJson">The request that made the draft, as given (a JSON document).</param>
    /// <param name="createdBy">The user who asked for it.</param>
    public async Task<long> SaveDraftAsync(
        string siteId, LocalDate weekStart, long? baseVersionId, RosterReport report, string whatIfJson, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(whatIfJson);
        ArgumentException.ThrowIfNullOrWhiteSpace(createdBy);
        try
        {
            using var _ = JsonDocument.Parse(whatIfJson);
        }
        catch (JsonException ex)
        {
            throw new ArgumentException($"Not a JSON document: {ex.Message}", nameof(whatIfJson), ex);
        }

        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var draft = new NewRosterVersion(siteId, weekStart, "draft", RosterVersionSource.WhatIf)
        {
            BaseRosterVersionId = baseVersionId,
            WhatIf = whatIfJson,
            CreatedBy = createdBy,
        };
        var versionId = await RosterVersions.InsertAsync(connection, transaction, draft, RosterReportRows.Shifts(report), cancellationToken);
        await RosterReportRows.WriteDetailsAsync(connection, transaction, versionId, siteId, report, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return versionId;
    }

    /// <summary>
    /// Publishes the site's draft <paramref name="draftId"/> if the week's published version is still
    /// <paramref name="baseVersionId"/> (null: the week has none) and the draft was planned against that same
    /// version; otherwise <see cref="PublishOutcome.Conflict"/> and nothing changes. On success the draft is
    /// published (now) and the week's previous version superseded, so the service re-plans from the draft.
    /// </summary>
    public async Task<PublishOutcome> PublishDraftAsync(string siteId, long draftId, long? baseVersionId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(siteId);
        DapperSetup.Ensure();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var version = new { SiteId = siteId, Id = draftId };
        var week = await connection.QuerySingleOrDefaultAsync<DateTime?>(new CommandDefinition(
            "SELECT week_start FROM roster_versions WHERE roster_version_id = @Id AND site_id = @SiteId", version, transaction, cancellationToken: cancellationToken));
        if (week is not { } weekDate)
        {
            return PublishOutcome.NotFound;
        }

        var weekStart = LocalDate.FromDateTime(weekDate);
        await RosterVersions.LockWeekAsync(connection, transaction, siteId, weekStart, cancellationToken);
        // Read after the lock: a publish that held it before us is committed and seen.
        var draft = await connection.QuerySingleAsync<DraftRow>(new CommandDefinition(
            "SELECT status, base_roster_version_id FROM roster_versions WHERE roster_version_id = @Id", version, transaction, cancellationToken: cancellationToken));
        if (draft.Status != "draft")
        {
            return PublishOutcome.NotADraft;
        }

        var published = await RosterVersions.PublishedIdAsync(connection, transaction, siteId, weekStart, cancellationToken);
        if (published != baseVersionId || draft.BaseRosterVersionId != baseVersionId)
        {
            return PublishOutcome.Conflict;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE roster_versions SET status = 'superseded' WHERE roster_version_id = @Published",
            new { Published = published },
            transaction,
            cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE roster_versions SET status = 'published', published_at = now() WHERE roster_version_id = @Id",
            version,
            transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return PublishOutcome.Published;
    }

    private sealed record DraftRow(string Status, long? BaseRosterVersionId);
}
