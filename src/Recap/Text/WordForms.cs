namespace Recap.Text;

/// <summary>
/// The singular and plural of a key's last word, which name one topic: <c>api</c> and <c>apis</c>,
/// <c>library</c> and <c>libraries</c>, <c>unit-test</c> and <c>unit-tests</c>. A singular keeps at
/// least three letters, so <c>ios</c> is not the plural of <c>io</c>.
/// </summary>
internal static class WordForms
{
    private const int MinSingular = 3;

    public static IEnumerable<string> SingularAndPlural(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var start = key.LastIndexOf('-') + 1;
        var word = key[start..];
        if (word.Length < MinSingular || !word.All(char.IsLetter))
        {
            yield break;
        }

        var stem = key[..start];
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length - 3 >= MinSingular - 1)
        {
            yield return stem + word[..^3] + "y";
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && word.Length - 2 >= MinSingular)
        {
            yield return stem + word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length - 1 >= MinSingular)
        {
            yield return stem + word[..^1];
        }

        if (word.EndsWith('y') && word.Length > MinSingular && !IsVowel(word[^2]))
        {
            yield return stem + word[..^1] + "ies";
        }

        yield return key + (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) ? "es" : "s");
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
