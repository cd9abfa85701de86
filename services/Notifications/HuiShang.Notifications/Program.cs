using HuiShang.Contracts;
using HuiShang.Notifications;
using HuiShang.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults(Resources.Notifications);
builder.AddNotifications();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapNotifications();

// `--migrate` applies the migrations and exits; the service never migrates on a normal start.
return await app.RunOrMigrateAsync(args);
