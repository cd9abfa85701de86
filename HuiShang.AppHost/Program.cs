using HuiShang.AppHost;
using HuiShang.Contracts;
using HuiShang.Hosting;

// dotnet run --project HuiShang.AppHost [-- --postgres] [--run-dir <dir>]
var options = AppHostOptions.Parse(args);
var builder = DistributedApplication.CreateBuilder(options.AspireArgs);
builder.StopWhenParentExits();
var run = options.RunDirectory(builder);

// Debian's servers, installed on first use (apt, needs root) and run as executables: no container runtime.
var packages = builder.AddInfrastructurePackages(run.Root, options.Postgres);
var rabbit = builder.AddLocalRabbitMq("rabbitmq", run.Rabbit);
rabbit.Epmd.WaitForCompletion(packages);
var postgres = options.Postgres ? builder.AddLocalPostgres("postgres", run.Postgres, [.. Resources.Services.Select(s => s.Name)]) : null;
postgres?.InitDb.WaitForCompletion(packages);
var platform = new PlatformSettings(run, rabbit, postgres, LocalSigningKey.LoadOrCreate(run.Root));

var proposals = builder.AddService<Projects.HuiShang_Proposals>(Resources.Proposals, platform);
var agreements = builder.AddService<Projects.HuiShang_Agreements>(Resources.Agreements, platform);
var funding = builder.AddService<Projects.HuiShang_Funding>(Resources.Funding, platform);
var evaluation = builder.AddService<Projects.HuiShang_Evaluation>(Resources.Evaluation, platform);
// Local run only: webhooks may target a receiver on this machine (http, loopback); Notifications logs so at start.
var notifications = builder.AddService<Projects.HuiShang_Notifications>(Resources.Notifications, platform)
    .WithEnvironment("Webhooks__AllowedTargets", "127.0.0.1,::1,localhost");

builder.AddProject<Projects.HuiShang_Gateway>(Resources.Gateway)
    .WithHttpEndpoint(port: Resources.GatewayPort, name: "http", env: "Endpoints__Http")
    .WithHttpHealthCheck("/health/ready", endpointName: "http")
    .WithPlatformSettings(platform)
    .WithTokenSigning(platform)
    .WithUpstream(proposals).WithUpstream(agreements).WithUpstream(funding).WithUpstream(evaluation).WithUpstream(notifications)
    .AnnounceWhenReady();

builder.Build().Run();
