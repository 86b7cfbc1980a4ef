using EntityKit.Cli.Serving;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EntityKit.Cli.Tests.Serving;

/// <summary>The service listening on a free loopback port (127.0.0.1 only), with a client pointed at it.</summary>
internal sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(WebApplication app, HttpClient client)
    {
        App = app;
        Client = client;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(ServeOptions? options = null, IArticleAnalyzer? analyzer = null)
    {
        var app = EntityKitServer.Build((options ?? new ServeOptions()) with { Urls = ["http://127.0.0.1:0"] }, services =>
        {
            services.AddLogging(logging => logging.ClearProviders());
            if (analyzer is not null)
            {
                services.AddSingleton(analyzer);
            }
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        Assert.Equal("127.0.0.1", address.Host);
        return new RunningServer(app, new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
