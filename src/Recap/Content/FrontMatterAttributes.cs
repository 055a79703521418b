namespace Recap.Content;

/// <summary>The front matter must set this key.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RequiredKeyAttribute : Attribute;

/// <summary>The key's spelling when it is not the snake_case of the property name.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class KeyAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
