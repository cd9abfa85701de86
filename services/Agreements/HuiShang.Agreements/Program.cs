using HuiShang.Contracts;
using HuiShang.Agreements;
using HuiShang.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults(Resources.Agreements);
builder.AddAgreements();

var app = builder.Build();

// gRPC health and HTTP health only: the service's RPCs arrive with its domain (later issues).
app.MapDefaultEndpoints();

// `--migrate` applies the migrations and exits; the service never migrates on a normal start.
return await app.RunOrMigrateAsync(args);
