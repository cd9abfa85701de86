namespace HuiShang.Policies.Loading;

/// <summary>Collects problems of one file so validation reports all of them, not the first.</summary>
internal sealed class ProblemSink(string file, List<PolicyProblem> problems)
{
    public void Add(string path, string reason) => problems.Add(new PolicyProblem(file, path, reason));
}
