using HuiShang.Contracts;
using HuiShang.Evaluation;
using HuiShang.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults(Resources.Evaluation);
builder.AddEvaluation();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapEvaluation();

// `--migrate` applies the migrations and exits; the service never migrates on a normal start.
return await app.RunOrMigrateAsync(args);
