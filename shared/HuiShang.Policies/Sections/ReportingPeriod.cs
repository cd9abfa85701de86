namespace HuiShang.Policies.Sections;

public enum ReportingPeriod
{
    Quarterly,
}
