using HuiShang.Contracts;
using HuiShang.Proposals;
using HuiShang.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults(Resources.Proposals);
builder.AddProposals();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapProposals();

// `--migrate` applies the migrations and exits; the service never migrates on a normal start.
return await app.RunOrMigrateAsync(args);
