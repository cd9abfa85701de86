using HuiShang.Contracts;
using HuiShang.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using AgreementsData = HuiShang.Agreements.Data;
using EvaluationData = HuiShang.Evaluation.Data;
using FundingData = HuiShang.Funding.Data;
using NotificationsData = HuiShang.Notifications.Data;
using ProposalsData = HuiShang.Proposals.Data;

namespace HuiShang.ServiceDefaults.Tests;

/// <summary>Each service's per-provider contexts, made as dotnet-ef makes them (no connection opened).</summary>
public static class ProviderContexts
{
    public static DbContext Create(string service, DatabaseProvider provider) => (service, provider) switch
    {
        (Resources.Proposals, DatabaseProvider.Sqlite) => new ProposalsData.SqliteProposalsDbContext(DesignTimeOptions.Sqlite<ProposalsData.SqliteProposalsDbContext>()),
        (Resources.Proposals, _) => new ProposalsData.PostgresProposalsDbContext(DesignTimeOptions.Postgres<ProposalsData.PostgresProposalsDbContext>()),
        (Resources.Agreements, DatabaseProvider.Sqlite) => new AgreementsData.SqliteAgreementsDbContext(DesignTimeOptions.Sqlite<AgreementsData.SqliteAgreementsDbContext>()),
        (Resources.Agreements, _) => new AgreementsData.PostgresAgreementsDbContext(DesignTimeOptions.Postgres<AgreementsData.PostgresAgreementsDbContext>()),
        (Resources.Funding, DatabaseProvider.Sqlite) => new FundingData.SqliteFundingDbContext(DesignTimeOptions.Sqlite<FundingData.SqliteFundingDbContext>()),
        (Resources.Funding, _) => new FundingData.PostgresFundingDbContext(DesignTimeOptions.Postgres<FundingData.PostgresFundingDbContext>()),
        (Resources.Evaluation, DatabaseProvider.Sqlite) => new EvaluationData.SqliteEvaluationDbContext(DesignTimeOptions.Sqlite<EvaluationData.SqliteEvaluationDbContext>()),
        (Resources.Evaluation, _) => new EvaluationData.PostgresEvaluationDbContext(DesignTimeOptions.Postgres<EvaluationData.PostgresEvaluationDbContext>()),
        (Resources.Notifications, DatabaseProvider.Sqlite) => new NotificationsData.SqliteNotificationsDbContext(DesignTimeOptions.Sqlite<NotificationsData.SqliteNotificationsDbContext>()),
        (Resources.Notifications, _) => new NotificationsData.PostgresNotificationsDbContext(DesignTimeOptions.Postgres<NotificationsData.PostgresNotificationsDbContext>()),
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "not a service"),
    };
}
