using HuiShang.Grpc.Benchmarks;

// One exe, two roles: the load client (default) and, with --serve, the .NET server it starts as a
// child process so that both servers run in their own process like grpc-js does.
if (BenchmarkOptions.Parse(args) is not { } options)
{
    return 2;
}

return options.Serve
    ? await ServeMode.RunAsync(options.StopOnStdinClose)
    : await BenchmarkRun.RunAsync(options);
