namespace Recap.Model;

/// <summary>Where a talk's <c>slides:</c> are, told from the address: the name a link to them shows.</summary>
public static class SlideDeck
{
    /// <summary>"Speaker Deck", "SlideShare", "Google Slides" or "PDF"; null for any other address.</summary>
    public static string? HostOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return IsPdf(url.Split('?', '#')[0]) ? "PDF" : null;
        }

        return Recording.SiteName(uri) switch
        {
            "speakerdeck.com" => "Speaker Deck",
            "slideshare.net" or "de.slideshare.net" or "fr.slideshare.net" or "es.slideshare.net" or "pt.slideshare.net" => "SlideShare",
            "docs.google.com" when uri.AbsolutePath.StartsWith("/presentation/", StringComparison.Ordinal) => "Google Slides",
            _ when IsPdf(uri.AbsolutePath) => "PDF",
            _ => null,
        };
    }

    private static bool IsPdf(string path) => path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase);
}
