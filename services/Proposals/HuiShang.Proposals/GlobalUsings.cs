// The domain refusals every service shares (RuleViolationException, InvalidStateException, ConcurrencyConflictException).
global using HuiShang.ServiceDefaults.Problems;
