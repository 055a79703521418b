namespace Recap.Model;

/// <summary>An image named in front matter: its URL, and its path under the site root when it is one of the site's files.</summary>
public sealed record ImageFile(string Url, string? SourcePath);
