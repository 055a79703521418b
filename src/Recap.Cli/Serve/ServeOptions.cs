namespace Recap.Cli.Serve;

/// <summary>The options of <c>recap serve</c>: the site, drafts and future talks, the port, and whether to open a browser.</summary>
internal sealed record ServeOptions(SiteOptions Site, int Port, bool Open);
