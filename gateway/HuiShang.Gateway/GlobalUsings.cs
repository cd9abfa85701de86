// One folder per API area (its endpoints, request/response models, upstream client and mapping),
// and the cross-cutting folders beside them; every file sees all of them.
global using HuiShang.Gateway.Agreements;
global using HuiShang.Gateway.Audit;
global using HuiShang.Gateway.Auth;
global using HuiShang.Gateway.Authorization;
global using HuiShang.Gateway.Calls;
global using HuiShang.Gateway.Funding;
global using HuiShang.Gateway.Hosting;
global using HuiShang.Gateway.Http;
global using HuiShang.Gateway.Inbox;
global using HuiShang.Gateway.OpenApi;
global using HuiShang.Gateway.Problems;
global using HuiShang.Gateway.Proposals;
global using HuiShang.Gateway.RateLimiting;
global using HuiShang.Gateway.Tracking;
global using HuiShang.Gateway.Upstream;
global using HuiShang.ServiceDefaults.Problems;
