namespace Recap.Markdown;

/// <summary>
/// An object renderer that keeps state for one rendering, such as the time left to highlight a
/// body's code: <see cref="ReusableHtmlRenderer.Reset"/> resets it with the output, so a renderer
/// used again starts each body as a new one would.
/// </summary>
internal interface IRenderingState
{
    void Reset();
}
