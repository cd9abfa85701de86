namespace HuiShang.Gateway.Proposals;

internal static class TopicsValidation
{
    /// <summary>At least one topic, each with its required fields, named by index.</summary>
    public static void Validate(IReadOnlyList<TopicRequest?>? topics, FieldErrors errors)
    {
        if (topics is null or { Count: 0 })
        {
            errors.Add("topics", "At least one topic is required.");
            return;
        }

        for (var i = 0; i < topics.Count; i++)
        {
            if (topics[i] is { } topic)
            {
                topic.Validate($"topics[{i}]", errors);
            }
            else
            {
                errors.Add($"topics[{i}]", "Required.");
            }
        }
    }
}
