using System.Text;
using HuiShang.Interop.Tests;
using HuiShang.Notifications.Webhooks;

namespace HuiShang.Notifications.Tests.Webhooks;

/// <summary>docs/webhooks/events.md is the event catalogue as the service serves it; HUISHANG_UPDATE_DOCS=1 rewrites it.</summary>
public sealed class EventCatalogPageTests
{
    private static readonly string Page = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(RepoPaths.InteropDirectory))!, "docs", "webhooks", "events.md");

    [Fact]
    public void The_docs_page_lists_every_event_type_with_its_current_schema_and_example()
    {
        var expected = Render();
        if (Environment.GetEnvironmentVariable("HUISHANG_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(Page, expected);
        }

        Assert.True(File.Exists(Page) && File.ReadAllText(Page) == expected, $"{Page} is out of date: run this test with HUISHANG_UPDATE_DOCS=1.");
    }

    private static string Render()
    {
        var page = new StringBuilder();
        page.Append("""
            # Webhook event catalogue (v1)

            Generated from `services/Notifications/HuiShang.Notifications/Webhooks/EventCatalog.cs` by
            `EventCatalogPageTests` (`HUISHANG_UPDATE_DOCS=1` rewrites it); the same content is served by
            `GET /api/event-types`. Each delivery is a CloudEvents 1.0 structured JSON event
            (`application/cloudevents+json`) signed per Standard Webhooks: see [receiving.md](receiving.md).

            Types are versioned in their name: a change a receiver could trip over (a field removed, renamed
            or retyped) becomes a new `….v2` type, sent beside `….v1` for a transition period; new optional
            fields may appear in `….v1` at any time, so receivers ignore fields they do not know.

            | type | what happened |
            |---|---|

            """);
        foreach (var type in EventCatalog.All)
        {
            page.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{type.Type}` | {type.Description} |\n");
        }

        foreach (var type in EventCatalog.All)
        {
            page.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n## `{type.Type}`\n\n{type.Description}\n\nSchema of `data` (JSON Schema):\n\n```json\n{EventCatalog.SchemaOf(type)}\n```\n\nExample delivery:\n\n```json\n{EventCatalog.ExampleOf(type)}\n```\n");
        }

        return page.ToString();
    }
}
