using HuiShang.ServiceDefaults;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace HuiShang.ServiceTesting;

/// <summary>Builds (does not start) a service the way its Program.cs does, with test settings on top.</summary>
public static class ServiceApp
{
    public static WebApplication Build(
        string serviceName, string directory, Action<WebApplicationBuilder> addService, Action<WebApplication>? mapService = null,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = directory });
        builder.Configuration.AddInMemoryCollection(TestSettings.For(directory));
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.AddServiceDefaults(serviceName);
        addService(builder);
        var app = builder.Build();
        app.MapDefaultEndpoints();
        mapService?.Invoke(app);
        return app;
    }
}
