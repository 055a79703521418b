namespace Recap.Diagnostics;

/// <summary>
/// Every code Recap reports, grouped as RC01xx content, RC02xx templates, RC03xx links and checks,
/// RC04xx configuration, RC05xx problems <c>recap check</c> finds in a built site, RC06xx <c>recap import</c>. The README's error list is checked against <see cref="All"/>.
/// </summary>
public static class DiagnosticCodes
{
    public const string InvalidFrontMatter = "RC0101";
    public const string UnknownKey = "RC0102";
    public const string MissingField = "RC0103";
    public const string WrongType = "RC0104";
    public const string InvalidValue = "RC0105";
    public const string InvalidSlug = "RC0106";
    public const string UrlClash = "RC0107";
    public const string DuplicateKey = "RC0108";
    public const string NearMissSpeaker = "RC0109";
    public const string NearMissTopic = "RC0110";
    public const string AmbiguousName = "RC0111";
    public const string MissingFile = "RC0112";
    public const string UnreadableFile = "RC0113";
    public const string IgnoredFile = "RC0114";
    public const string MissingConferenceIndex = "RC0115";
    public const string InvalidMarkdown = "RC0116";
    public const string UnsafeUrl = "RC0117";
    public const string SharedUrl = "RC0120";
    public const string MissingAltText = "RC0121";
    public const string UnreadableImage = "RC0122";
    public const string TalkOutsideConference = "RC0123";
    public const string SeveralSpeakers = "RC0124";
    public const string InvalidRedirect = "RC0125";

    public const string TemplateSyntax = "RC0201";
    public const string TemplateRuntime = "RC0202";

    public const string BrokenContentLink = "RC0301";
    public const string UnknownSiteLink = "RC0302";

    public const string InvalidConfig = "RC0401";
    public const string UnknownConfigKey = "RC0402";
    public const string InvalidConfigValue = "RC0403";
    public const string MissingContent = "RC0404";
    public const string UnknownTheme = "RC0405";

    public const string BrokenLink = "RC0501";
    public const string MissingAnchor = "RC0502";
    public const string MissingAsset = "RC0503";
    public const string OutsideBasePath = "RC0504";
    public const string InvalidPreviewImage = "RC0505";
    public const string UnsuitablePreviewImage = "RC0506";
    public const string TitleLength = "RC0507";
    public const string DescriptionLength = "RC0508";
    public const string InvalidCanonical = "RC0509";
    public const string DuplicateCanonical = "RC0510";
    public const string UnsafeLink = "RC0511";

    public const string SkippedRecord = "RC0601";
    public const string ImportedValue = "RC0602";
    public const string RemovedTalk = "RC0603";

    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [InvalidFrontMatter] = "front matter is not valid YAML or TOML, is not closed, or does not start on the first line",
        [UnknownKey] = "unknown front-matter key",
        [MissingField] = "a required field is missing",
        [WrongType] = "a field has the wrong type (a string where a list is expected, a date that is not a date, ...)",
        [InvalidValue] = "a field has a value it cannot take (an unknown format, a negative order, an end before the start, ...)",
        [InvalidSlug] = "a slug is not lowercase ASCII letters, digits and hyphens",
        [UrlClash] = "two files produce the same URL",
        [DuplicateKey] = "a key appears twice in one front matter",
        [NearMissSpeaker] = "a new speaker's name is close to a known speaker's, or part of it (warning)",
        [NearMissTopic] = "a new topic's name is close to a known topic's, or part of it (warning)",
        [AmbiguousName] = "two speaker or topic files claim the same name or alias",
        [MissingFile] = "a file or page named in front matter (cover, avatar, image, slides, video, website, links) does not exist",
        [UnreadableFile] = "a file cannot be read or is not UTF-8 text",
        [IgnoredFile] = "a file is not read or published: it is in a place Recap does not read (a folder such as talk/ or content/speaker/ is reported once, with a \"did you mean\"), is text with front matter but not Markdown, or is a link that points outside the site, to nothing or into a loop (warning)",
        [MissingConferenceIndex] = "a conference folder has no index.md",
        [InvalidMarkdown] = "a Markdown body cannot be rendered: it is too large, nested too deeply, or too slow to parse",
        [UnsafeUrl] = "a URL in front matter or a Markdown link is not http, https, mailto or a path (javascript:, data:, ...)",
        [SharedUrl] = "a speaker or topic page that no file defines takes a URL with a suffix, since its slug's URL is taken (warning)",
        [MissingAltText] = "an image shown with content (a talk's image, a conference's cover, an image in Markdown) has no alt text (warning)",
        [UnreadableImage] = "an image the site shows is not a PNG, JPEG, GIF, WebP, AVIF or SVG file, cannot be decoded to make its smaller copies, or is too large to (over 200 megapixels) (warning)",
        [TalkOutsideConference] = "a talk's date is outside its conference's dates, from start to end (warning)",
        [SeveralSpeakers] = "a new speaker's name reads as several people joined by '&', 'and', ',', ';', '+' or ' - ' (warning)",
        [InvalidRedirect] = "a redirect_from path is not a path of the site, or is the page's own URL or inside a file",
        [TemplateSyntax] = "a template does not parse",
        [TemplateRuntime] = "a template fails while rendering a page",
        [BrokenContentLink] = "a Markdown link points to a content file that does not exist",
        [UnknownSiteLink] = "a Markdown link or image names a site path that no page or file produces, or a path to a file the site does not have (warning)",
        [InvalidConfig] = "site.yml is not valid YAML",
        [UnknownConfigKey] = "unknown key in site.yml, or a word in i18n/ no theme has (warning there)",
        [InvalidConfigValue] = "a site.yml value is invalid (base_url, permalinks, ...), or a word in i18n/ of the wrong shape; a warning for a `language` code no language has (`jp`: write `ja`)",
        [MissingContent] = "the content folder or site.yml is missing",
        [UnknownTheme] = "the theme named in site.yml does not exist",
        [BrokenLink] = "a link in a built page points to no page or file of the site",
        [MissingAnchor] = "a link's #fragment names no id on the page it points to",
        [MissingAsset] = "an image, script, stylesheet or media file a page uses does not exist",
        [OutsideBasePath] = "a link on the site's own host points outside its base path",
        [InvalidPreviewImage] = "a page has no og:image, or it is not an absolute URL of a file on the site",
        [UnsuitablePreviewImage] = "an og:image is not a PNG, JPEG, GIF or WebP of 1.91:1 (1200x630) under 5 MB",
        [TitleLength] = "a page has no title, or it is 70 characters or longer (warning)",
        [DescriptionLength] = "a page has no meta description, or it is 200 characters or longer (warning)",
        [InvalidCanonical] = "a page has no canonical link, or it is not an absolute URL",
        [DuplicateCanonical] = "two pages have the same canonical URL",
        [UnsafeLink] = "a link, image or other URL in a built page has a scheme other than http, https or mailto (javascript:, data:, ...)",
        [SkippedRecord] = "a session or person in an imported export cannot be used (no title, no name, a time that is not a time) and is left out; the rest is imported (warning)",
        [ImportedValue] = "a value in an imported export is not what its field takes (a link that is not a URL, a duration that is not one) and is kept as text or left out (warning)",
        [RemovedTalk] = "a talk imported before is no longer in the export: kept, marked cancelled, or deleted with --prune (warning)",
    };
}
