using HuiShang.Agreements;
using HuiShang.Contracts;
using HuiShang.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults(Resources.Agreements);
builder.AddAgreements();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapAgreements();

// `--migrate` applies the migrations and exits; the service never migrates on a normal start.
return await app.RunOrMigrateAsync(args);
