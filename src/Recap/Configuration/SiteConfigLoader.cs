using Recap.Content;
using Recap.Diagnostics;
using Recap.Text;

namespace Recap.Configuration;

/// <summary>Reads and checks <c>content/site.yml</c>.</summary>
internal static class SiteConfigLoader
{
    public const string Path = "content/site.yml";

    /// <returns>The configuration, or null when it is missing or does not parse (reported).</returns>
    public static SiteConfig? Load(string root, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var fullPath = System.IO.Path.Combine(root, Path);
        if (!Directory.Exists(System.IO.Path.Combine(root, "content")))
        {
            diagnostics.Error(DiagnosticCodes.MissingContent, null, $"no content folder in '{root}' (run recap in the folder that holds content/, or pass --source)");
            return null;
        }

        if (!File.Exists(fullPath))
        {
            diagnostics.Error(DiagnosticCodes.MissingContent, SourceLocation.File(Path), "site.yml is missing (it needs at least a title)");
            return null;
        }

        var text = Text.TextFiles.ReadAllText(fullPath);
        var mapping = YamlFrontMatterParser.Parse(text, Path, 1, diagnostics, DiagnosticCodes.InvalidConfig);
        if (mapping is null)
        {
            return null;
        }

        var config = new FrontMatterBinder(diagnostics, BindingCodes.Configuration).Bind<SiteConfig>(mapping);
        if (baseUrlOverride is not null)
        {
            config = WithBaseUrl(config, baseUrlOverride, diagnostics);
        }
        else if (config.BaseUrl is not null)
        {
            config = WithBaseUrl(config, config.BaseUrl, diagnostics, config.LocationOf("base_url"));
        }

        var options = config.Options;
        CheckAtLeast(options.HomeConferences, "home_conferences", options, diagnostics);
        CheckAtLeast(options.HomeTalks, "home_talks", options, diagnostics);
        CheckAtLeast(options.HomeTopics, "home_topics", options, diagnostics);
        CheckAtLeast(options.WordsPerMinute, "words_per_minute", options, diagnostics);
        CheckAtLeast(options.FeedEntries, "feed_entries", options, diagnostics);
        CheckAtLeast(options.TocSections, "toc_sections", options, diagnostics, least: 0);
        CheckAtLeast(options.TalksPerPage, "talks_per_page", options, diagnostics, least: 0);
        CheckAtLeast(options.ConferencesPerPage, "conferences_per_page", options, diagnostics, least: 0);
        CheckAtLeast(options.SpeakersPerPage, "speakers_per_page", options, diagnostics, least: 0);
        CheckDomain(config, diagnostics);
        CheckLanguage(config, diagnostics);
        CheckSocialWebsite(config, diagnostics);

        return config;
    }

    /// <summary>Checks that a base URL is an absolute http(s) URL and gives it a trailing slash.</summary>
    private static SiteConfig WithBaseUrl(SiteConfig config, string baseUrl, DiagnosticBag diagnostics, SourceLocation? location = null)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            var where = location is null ? "--base-url" : "base_url";
            var fix = uri is { Scheme: "http" or "https" } ? $" with no query or fragment: write {uri.GetLeftPart(UriPartial.Path)}"
                : uri is null && Text.SafeUrl.LooksLikeWebAddress(baseUrl) ? $": write https://{baseUrl}"
                : ", like https://user.github.io/recaps/";
            diagnostics.Error(DiagnosticCodes.InvalidConfigValue, location, $"{where} '{baseUrl}' must be an absolute http or https URL{fix}");
            return config.WithBaseUrl(null);
        }

        var normalized = uri.GetLeftPart(UriPartial.Path);
        return config.WithBaseUrl(normalized.EndsWith('/') ? normalized : normalized + "/");
    }

    /// <summary>A domain is a bare host name, as GitHub Pages wants it in <c>CNAME</c>.</summary>
    private static void CheckDomain(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (config.Domain is { } domain && (Uri.CheckHostName(domain) != UriHostNameType.Dns || !domain.Contains('.', StringComparison.Ordinal)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidConfigValue, config.LocationOf("domain"), $"domain '{domain}' must be a host name such as recaps.example.org, with no scheme or path");
        }
    }

    /// <summary>
    /// The language is a language tag (<c>en</c>, <c>pt-BR</c>, <c>zh-Hant</c>): it is every page's
    /// <c>lang</c> and, from it, their direction. A name (<c>English</c>, <c>Arabic</c>) or a locale
    /// with an underscore was written into <c>lang</c> as it was, where no browser or screen reader
    /// understands it, and an Arabic site was laid out left to right.
    /// </summary>
    private static void CheckLanguage(SiteConfig config, DiagnosticBag diagnostics)
    {
        var language = config.Language;
        if (Import.Languages.IsLanguageTag(language))
        {
            CheckLanguageCode(config, diagnostics);
            return;
        }

        var fix = Import.Languages.CodeOf(language) is { } code ? $": write {code}"
            : language.Replace('_', '-') is var hyphenated && Import.Languages.IsLanguageTag(hyphenated) ? $": write {hyphenated}"
            : string.Empty;
        diagnostics.Error(DiagnosticCodes.InvalidConfigValue, config.LocationOf("language"), $"language '{language}' must be a language code such as en, pt-BR or ar{fix}");
    }

    /// <summary>
    /// A two-letter code no language has (<c>jp</c>, <c>cz</c>, <c>gr</c>: countries') left the site
    /// in English words under a <c>lang</c> no screen reader knows; a three-letter code with a
    /// two-letter one (<c>jpn</c>) is written shorter, as BCP 47 asks. Other three-letter codes are
    /// too many to tell.
    /// </summary>
    private static void CheckLanguageCode(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (Import.Languages.MistakeIn(config.Language, $"pages say lang=\"{config.Language}\", and the theme's words are English") is { } mistake)
        {
            diagnostics.Warning(DiagnosticCodes.InvalidConfigValue, config.LocationOf("language"), mistake);
        }
    }

    /// <summary>
    /// The site's website among its <c>social:</c> links is a web address: pages show only those
    /// there, and <c>ada.dev</c> written without its scheme was left off every page unsaid.
    /// </summary>
    private static void CheckSocialWebsite(SiteConfig config, DiagnosticBag diagnostics)
    {
        if (config.Social?.Website?.Value is { } website && !string.IsNullOrWhiteSpace(website)
            && !(Uri.TryCreate(website.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
        {
            var hint = SafeUrl.SchemeHint(website.Trim()) is { } scheme ? $" ({scheme})" : string.Empty;
            diagnostics.Error(DiagnosticCodes.InvalidConfigValue, config.Social.LocationOf("website"), $"'social.website' must be an http or https URL, not {SafeUrl.Display(website)}{hint}");
        }
    }

    private static void CheckAtLeast(int value, string key, OptionsConfig options, DiagnosticBag diagnostics, int least = 1)
    {
        if (value < least)
        {
            diagnostics.Error(DiagnosticCodes.InvalidConfigValue, options.LocationOf(key), $"'options.{key}' must be {least} or more, not {value}");
        }
    }
}
