namespace Recap.Browser.Tests.Accessibility;

/// <summary>
/// The widths that say whether a page scrolls sideways, and the elements that stick out if it does.
/// </summary>
public sealed class PageWidth
{
    /// <summary>Measures the page in the browser; returns an object this class reads.</summary>
    public const string Script = """
        () => {
          const root = document.documentElement;
          const limit = root.clientWidth;
          const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            [...e.classList].map(c => '.' + c).join('') + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ')';
          // The outermost elements past the right edge: their children only repeat them.
          const wide = [...document.body.querySelectorAll('*')]
            .filter(e => e.getBoundingClientRect().right > limit + 0.5)
            .filter(e => !(e.parentElement && e.parentElement.getBoundingClientRect().right > limit + 0.5));
          return {
            scrollWidth: root.scrollWidth,
            clientWidth: limit,
            innerWidth: window.innerWidth,
            bodyScrollWidth: document.body.scrollWidth,
            wideElements: wide.slice(0, 10).map(describe),
          };
        }
        """;

    /// <summary>The width of the page's content.</summary>
    public int ScrollWidth { get; init; }

    /// <summary>The width of the viewport less any vertical scroll bar.</summary>
    public int ClientWidth { get; init; }

    /// <summary>The width of the viewport.</summary>
    public int InnerWidth { get; init; }

    /// <summary>The width of the body's content.</summary>
    public int BodyScrollWidth { get; init; }

    /// <summary>The outermost elements whose right edge is past the viewport.</summary>
    public string[] WideElements { get; init; } = [];

    /// <summary>What a failed width check prints.</summary>
    public string Describe() =>
        $"The page scrolls sideways: content {ScrollWidth} px (body {BodyScrollWidth} px) in a viewport of {ClientWidth} px " +
        $"({InnerWidth} px with scroll bars). Past the right edge: {(WideElements.Length == 0 ? "nothing found" : string.Join(", ", WideElements))}";
}
