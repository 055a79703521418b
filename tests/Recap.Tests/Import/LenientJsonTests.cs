using System.Text;
using Recap.Import;

namespace Recap.Tests.Import;

public sealed class LenientJsonTests
{
    [Test]
    public void ValuesKnowTheirLineAndColumn()
    {
        var root = (JsonObject)LenientJson.Parse("{\n  \"a\": [1, \"two\",\r\n    {\"b\": null}]\n}", "f.json");

        var list = (JsonArray)root["a"]!;
        Assert.That(
            list.Items.Select(v => (v.GetType().Name, v.Text, v.Line, v.Column)),
            Is.EqualTo(new[] { ("JsonNumber", (string?)"1", 2, 9), ("JsonString", "two", 2, 12), ("JsonObject", null, 3, 5) }));
        Assert.That((root.Line, root.Column, list.Line, list.Column), Is.EqualTo((1, 1, 2, 8)));
        Assert.That(((JsonObject)list.Items[2])["b"], Is.InstanceOf<JsonNull>());
    }

    [Test]
    public void AByteOrderMarkIsSkippedAndNotCounted()
    {
        var fromText = (JsonObject)LenientJson.Parse("\uFEFF{\"a\": 1}", "f.json");

        var folder = Directory.CreateTempSubdirectory("recap-lenient-json-");
        try
        {
            var path = Path.Combine(folder.FullName, "f.json");
            File.WriteAllText(path, "{\"a\": \"é\"}", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            var fromFile = (JsonObject)LenientJson.ParseFile(path, "f.json");

            Assert.That((fromText.String("a"), fromText["a"]!.Column), Is.EqualTo(("1", 7)));
            Assert.That((fromFile.String("a"), fromFile["a"]!.Column), Is.EqualTo(("é", 7)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void RawNewlinesAndTabsInStringsAreKeptAndCounted()
    {
        var root = (JsonObject)LenientJson.Parse("{\"a\": \"one\n\ttwo\r\nthree\",\n \"b\": 2}", "f.json");

        Assert.That(root.String("a"), Is.EqualTo("one\n\ttwo\r\nthree"));
        Assert.That((root["b"]!.Line, root["b"]!.Column), Is.EqualTo((4, 7)));
    }

    [Test]
    public void DuplicateKeysKeepTheLastValueAndAreListed()
    {
        var root = (JsonObject)LenientJson.Parse("""{"days": "3", "title": "T", "days": [], "days": {"x": 1}}""", "f.json");

        Assert.Multiple(() =>
        {
            Assert.That(root["days"], Is.InstanceOf<JsonObject>());
            Assert.That(root["days"]!.Column, Is.EqualTo(49));
            Assert.That(root.Keys, Is.EqualTo(new[] { "days", "title" }));
            Assert.That(root.DuplicateKeys, Is.EqualTo(new[] { "days", "days" }));
            Assert.That(root.Members.Select(m => m.Key), Is.EqualTo(new[] { "days", "title" }));
        });
    }

    [Test]
    public void ATrailingCommaIsAllowed()
    {
        var root = (JsonObject)LenientJson.Parse("{\"a\": [1, 2,],\n \"b\": true,\n}", "f.json");

        Assert.That(root.Array("a").Select(v => v.Text), Is.EqualTo(new[] { "1", "2" }));
        Assert.That(root.String("b"), Is.EqualTo("true"));
    }

    [Test]
    public void EscapesAreDecoded()
    {
        var root = (JsonObject)LenientJson.Parse("""{"a": "\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\'"}""", "f.json");

        Assert.That(root.String("a"), Is.EqualTo("\"\\/\b\f\n\r\té😀'"));
    }

    [Test]
    public void ScalarsAreTrimmedAndEmptyIsNull()
    {
        var root = (JsonObject)LenientJson.Parse("""{"a": "  x  ", "b": "  ", "c": null, "d": -1.5e3, "e": {}, "f": false}""", "f.json");

        Assert.That(
            new[] { "a", "b", "c", "d", "e", "f", "missing" }.Select(root.String),
            Is.EqualTo(new[] { "x", null, null, "-1.5e3", null, "false", null }));
    }

    [TestCase("", "f.json(1,1): not JSON: the file ends where a value should be")]
    [TestCase("{\n  \"a\": 1\n  \"b\": 2\n}", "f.json(3,3): not JSON: expected ',' or '}' after a value in an object")]
    [TestCase("[1 2]", "f.json(1,4): not JSON: expected ',' or ']' after a value in a list")]
    [TestCase("{a: 1}", "f.json(1,2): not JSON: expected a key in double quotes or '}'")]
    [TestCase("{\"a\" 1}", "f.json(1,6): not JSON: expected ':'")]
    [TestCase("{\"a\": 'x'}", "f.json(1,7): not JSON: ''' cannot start a value")]
    [TestCase("{\"a\": \"open\n}", "f.json(1,7): not JSON: a string is not closed before the end of the file")]
    [TestCase("[\n \"ends in a backslash\\", "f.json(2,2): not JSON: a string is not closed before the end of the file")]
    [TestCase("[1, 2.3.4]", "f.json(1,5): not JSON: '2.3.4' is not a number")]
    [TestCase("[nul]", "f.json(1,2): not JSON: expected a value")]
    [TestCase("{} {}", "f.json(1,4): not JSON: text after the end of the JSON value")]
    [TestCase("\uFEFF[\n  1,\n  x]", "f.json(3,3): not JSON: 'x' cannot start a value")]
    public void ASyntaxErrorNamesItsLineAndColumn(string text, string message)
    {
        var error = Assert.Throws<ImportException>(() => LenientJson.Parse(text, "f.json"));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    [Test]
    public void DeepNestingIsRefused()
    {
        var error = Assert.Throws<ImportException>(() => LenientJson.Parse(new string('[', 300) + new string(']', 300), "f.json"));
        Assert.That(error.Message, Is.EqualTo("f.json(1,258): not JSON: values nested more than 256 deep"));
    }

    [Test]
    public void NestingUpToTheLimitIsRead()
    {
        var value = LenientJson.Parse(new string('[', 257) + new string(']', 257), "f.json");

        var depth = 0;
        while (value is JsonArray { Items: [var inner] })
        {
            value = inner;
            depth++;
        }

        Assert.That(depth, Is.EqualTo(256));
    }
}
