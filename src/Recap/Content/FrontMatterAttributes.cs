namespace Recap.Content;

/// <summary>The front matter must set this key.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RequiredKeyAttribute : Attribute;

/// <summary>A URL key holds an image (cover, image, avatar), which may not be a <c>mailto:</c> link.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class ImageUrlAttribute : Attribute;

/// <summary>A key that holds a handle (<c>@dan</c>) or a profile URL, which must then be http or https.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class HandleOrUrlAttribute : Attribute;

/// <summary>
/// What other site generators and schedule tools call this key (Hugo's <c>tags</c>, Jekyll's
/// <c>author</c>): an unknown key of those names is told the one Recap reads.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class OtherNamesAttribute(params string[] names) : Attribute
{
    public IReadOnlyList<string> Names { get; } = names;
}

/// <summary>The key's spelling when it is not the snake_case of the property name.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class KeyAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>A list key that may hold more items than <see cref="FrontMatterBinder.MaxListItems"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MaxItemsAttribute(int count) : Attribute
{
    public int Count { get; } = count;
}

/// <summary>
/// What to tell an author who writes <paramref name="key"/>, which the record does not have, where
/// its content goes instead: a conference's <c>talks:</c> are files of its <c>talks/</c> folder.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
internal sealed class NotAKeyAttribute(string key, string hint) : Attribute
{
    public string Key { get; } = key;

    public string Hint { get; } = hint;
}
