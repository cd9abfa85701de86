using HuiShang.Grpc.Benchmarks;

// One exe, two roles: the load client (default) and, with --serve, a .NET server it starts as a
// child process, so that every server runs in its own process like grpc-js does.
if (BenchmarkOptions.Parse(args) is not { } options)
{
    return 2;
}

return options.Serve is { } server
    ? await ServeMode.RunAsync(server, options.StopOnStdinClose)
    : await BenchmarkRun.RunAsync(options);
