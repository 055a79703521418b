using YamlDotNet.RepresentationModel;

namespace Recap.Tests.Publishing;

/// <summary>A GitHub Actions workflow parsed as YAML, with the few lookups the tests need.</summary>
internal sealed class Workflow
{
    private Workflow(YamlMappingNode root) => Root = root;

    public YamlMappingNode Root { get; }

    public static Workflow Parse(string text)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(text);
        stream.Load(reader);
        return new Workflow((YamlMappingNode)stream.Documents[0].RootNode);
    }

    public YamlMappingNode Job(string name) => Mapping(Mapping(Root, "jobs"), name);

    public IReadOnlyList<YamlMappingNode> Steps(string job) =>
        [.. ((YamlSequenceNode)Job(job).Children[new YamlScalarNode("steps")]).Children.Cast<YamlMappingNode>()];

    /// <summary>The <c>uses:</c> of every step of every job, in order.</summary>
    public IReadOnlyList<string> Actions() =>
        [.. Mapping(Root, "jobs").Children.Keys
            .SelectMany(job => Steps(((YamlScalarNode)job).Value!))
            .Select(step => Scalar(step, "uses"))
            .OfType<string>()];

    public static YamlMappingNode Mapping(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    public static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
