using Recap.Content;
using Recap.Diagnostics;
using Scriban;

namespace Recap.Themes;

/// <summary>
/// The layouts, partials and assets a site is rendered with. Each file is looked up in the site's
/// own <c>layouts/</c> and <c>partials/</c>, then <c>themes/&lt;theme&gt;/</c>, then the default theme
/// embedded in the engine; every template is parsed once, here.
/// </summary>
internal sealed partial class Theme
{
    /// <summary>Every page kind has a layout; <c>base</c> wraps them all.</summary>
    public static readonly IReadOnlyList<string> Kinds =
        ["base", "home", "conferences", "conference", "talk", "speakers", "speaker", "topics", "topic", "page", "404", "search"];

    private readonly Dictionary<string, ThemeTemplate> _layouts;
    private readonly HashSet<string> _kindsShowingSiteCounts;
    private readonly HashSet<string> _kindsListingPagerItems;

    private Theme(ThemeConfig config, Dictionary<string, ThemeTemplate> layouts, Dictionary<string, ThemeTemplate> partials, List<ThemeAsset> assets, ThemeStrings strings)
    {
        Config = config;
        Strings = strings;
        _layouts = layouts;
        Partials = partials;
        PurePartials = PartialPurity.Find(partials);
        Assets = assets;

        _kindsShowingSiteCounts = KindsReading(SiteCount(), layouts, partials);
        _kindsListingPagerItems = KindsReading(PagerItems(), layouts, partials);
        Ids = layouts.Values.Concat(partials.Values)
            .SelectMany(t => LiteralId().Matches(t.Text).Select(m => m.Groups["id"].Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    public ThemeConfig Config { get; }

    /// <summary>The theme's words in the site's language.</summary>
    public ThemeStrings Strings { get; }

    /// <summary>Parsed partials by include path (<c>partials/talk-card.html</c>).</summary>
    public IReadOnlyDictionary<string, ThemeTemplate> Partials { get; }

    /// <summary>The partials that render the same for the same arguments, with the globals each sets (<see cref="PartialPurity"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PurePartials { get; }

    /// <summary>The files of its <c>assets/</c> and <c>static/</c> folders.</summary>
    public IReadOnlyList<ThemeAsset> Assets { get; }

    public IReadOnlyDictionary<string, IReadOnlySet<string>> ExtraKeys =>
        Config.FrontMatter?.ByKind() ?? new Dictionary<string, IReadOnlySet<string>>();

    public ThemeTemplate Layout(string kind) => _layouts[kind];

    /// <summary>
    /// The ids the templates write as they are (<c>id="talks"</c>), which a body's headings leave to
    /// them. An id made by the template (<c>id="{{ group.id }}"</c>) cannot be told here.
    /// </summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>Whether a body's headings link to themselves (theme.yml's <c>heading_links</c>).</summary>
    public bool HeadingLinks => Config.HeadingLinks ?? false;

    /// <summary>
    /// Whether the talks of a page of <paramref name="kind"/> (conference, speaker or topic) are split over pages:
    /// when its layout, the base layout or a partial lists <c>pager.talks</c> (or <c>pager.days</c>), the talks of the page it renders. A
    /// layout that lists every talk (<c>speaker.talks</c>) keeps them on one page. The same for the
    /// conferences index (<c>conferences</c>), whose layout lists <c>pager.conferences</c>, and the
    /// speakers index (<c>speakers</c>), whose layout lists <c>pager.letters</c>.
    /// </summary>
    public bool Paginates(string kind) => _kindsListingPagerItems.Contains(kind);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bpager\.(talks|days|conferences|letters)\b")]
    private static partial System.Text.RegularExpressions.Regex PagerItems();

    /// <summary>
    /// Whether pages of <paramref name="kind"/> show the site's counts (<c>site.talk_count</c>, ...):
    /// when its layout does, or the base layout or any partial. A rebuild uses it to know which
    /// pages a new or deleted talk changes.
    /// </summary>
    public bool ShowsSiteCounts(string kind) => _kindsShowingSiteCounts.Contains(kind);

    /// <summary>
    /// The page kinds whose templates mention <paramref name="what"/>: every kind when the base layout
    /// or a partial does, as they may be part of any page; else the kinds whose own layout does.
    /// </summary>
    private static HashSet<string> KindsReading(System.Text.RegularExpressions.Regex what, Dictionary<string, ThemeTemplate> layouts, Dictionary<string, ThemeTemplate> partials)
    {
        var everywhere = what.IsMatch(layouts["base"].Text) || partials.Values.Any(p => what.IsMatch(p.Text));
        return [.. layouts.Where(l => everywhere || what.IsMatch(l.Value.Text)).Select(l => l.Key)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"site\.\w*_count\b")]
    private static partial System.Text.RegularExpressions.Regex SiteCount();

    [System.Text.RegularExpressions.GeneratedRegex(@"\sid\s*=\s*(?<q>[""'])(?<id>[^""'{}<>\s]+)\k<q>")]
    private static partial System.Text.RegularExpressions.Regex LiteralId();

    /// <returns>The theme, or null when it is missing or a template does not parse (reported).</returns>
    /// <param name="language">The site's language, which the theme's words are written in.</param>
    public static Theme? Load(string root, string name, string? language, DiagnosticBag diagnostics, SourceLocation? nameLocation)
    {
        var themeDirectory = Path.Combine(root, "themes", name);
        var sources = new List<ThemeSource>
        {
            new FolderThemeSource(root, string.Empty, new HashSet<string>(StringComparer.Ordinal) { "layouts", "partials", ThemeStrings.Folder }),
        };
        if (Directory.Exists(themeDirectory))
        {
            sources.Add(new FolderThemeSource(themeDirectory, $"themes/{name}/"));
        }
        else if (name != "default")
        {
            diagnostics.Error(DiagnosticCodes.UnknownTheme, nameLocation, $"theme '{name}' not found (looked for themes/{name}/; leave 'theme' out to use the default theme)");
            return null;
        }

        sources.Add(new EmbeddedThemeSource());

        var config = LoadConfig(sources, diagnostics);
        var valid = true;
        var layouts = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        foreach (var kind in Kinds)
        {
            var path = $"layouts/{kind}.html";
            // The embedded default theme has every layout, so one is always found.
            var source = Find(sources, path) ?? throw new InvalidOperationException($"The default theme has no {path}.");
            if (Parse(source, path, diagnostics) is { } template)
            {
                layouts[kind] = template;
            }
            else
            {
                valid = false;
            }
        }

        var partials = new Dictionary<string, ThemeTemplate>(StringComparer.Ordinal);
        foreach (var path in sources.SelectMany(s => s.List("partials")).Distinct().Order(StringComparer.Ordinal))
        {
            if (Parse(Find(sources, path)!, path, diagnostics) is { } template)
            {
                partials[path] = template;
            }
            else
            {
                valid = false;
            }
        }

        var assets = sources.SelectMany(s => s.List("assets").Concat(s.List(ThemeAsset.StaticFolder))).Distinct()
            .Order(StringComparer.Ordinal)
            .Select(path => new ThemeAsset(path, Find(sources, path)!))
            .ToList();

        var strings = ThemeStrings.Load(sources[0], sources[1..], language, diagnostics);
        return valid && config is not null ? new Theme(config, layouts, partials, assets, strings) : null;
    }

    private static ThemeSource? Find(List<ThemeSource> sources, string path) => sources.FirstOrDefault(s => s.Contains(path));

    private static ThemeConfig? LoadConfig(List<ThemeSource> sources, DiagnosticBag diagnostics)
    {
        // The site root layer never holds theme.yml; the theme folder's wins over the embedded one.
        foreach (var source in sources.Skip(1))
        {
            if (source.ReadText("theme.yml") is not { } text)
            {
                continue;
            }

            var path = source.DisplayPath("theme.yml");
            Register(source, path, text, diagnostics);
            var mapping = YamlFrontMatterParser.Parse(text, path, 1, diagnostics, DiagnosticCodes.InvalidConfig);
            if (mapping is null)
            {
                return null;
            }

            var config = new FrontMatterBinder(diagnostics, BindingCodes.Configuration).Bind<ThemeConfig>(mapping);
            config.Card?.Check(diagnostics);
            return config;
        }

        return new ThemeConfig();
    }

    private static ThemeTemplate? Parse(ThemeSource source, string path, DiagnosticBag diagnostics)
    {
        var text = source.ReadText(path) ?? string.Empty;
        var displayPath = source.DisplayPath(path);
        Register(source, displayPath, text, diagnostics);
        var template = Template.Parse(text, displayPath);
        if (!template.HasErrors)
        {
            return new ThemeTemplate(template, displayPath, text);
        }

        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            var location = new SourceLocation(displayPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
            diagnostics.Error(DiagnosticCodes.TemplateSyntax, location, TemplateMessages.Describe(message.Message));
        }

        return null;
    }

    /// <summary>Files inside the engine are not on disk, so their text is handed to the report directly.</summary>
    private static void Register(ThemeSource source, string displayPath, string text, DiagnosticBag diagnostics)
    {
        if (!source.IsOnDisk)
        {
            diagnostics.RegisterSource(displayPath, text);
        }
    }
}
