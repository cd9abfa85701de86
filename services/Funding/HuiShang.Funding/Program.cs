using HuiShang.Contracts;
using HuiShang.Funding;
using HuiShang.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults(Resources.Funding);
builder.AddFunding();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapFunding();

// `--migrate` applies the migrations and exits; the service never migrates on a normal start.
return await app.RunOrMigrateAsync(args);
