using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Recap.Themes;

/// <summary>
/// The markup of pure partials (<see cref="PartialPurity"/>) by arguments, for one build: the
/// second include of <c>talk-card</c> with the same talk, on any page, is the first one's markup.
/// Arguments match when they are the same view object (views do not change during a build), or
/// equal strings, numbers or booleans; an include given anything else renders each time.
/// A memo that lasts beyond one build (<c>recap serve</c>) also keeps which of the views a rebuild
/// changes in place (<see cref="ViewFactory.ChangesInPlace"/>) each markup read, however it reached
/// them, and <see cref="Forget"/> drops the markup that read an edited talk.
/// </summary>
internal sealed class IncludeMemo(IReadOnlyDictionary<string, IReadOnlyList<string>> purePartials, bool lasting)
{
    private readonly ConcurrentDictionary<Key, Entry> _entries = new();

    /// <summary>The markup that read each view (<see cref="Lasting"/> only); a key may outlive its markup here, and is then dropped for nothing.</summary>
    private readonly ConcurrentDictionary<object, List<Key>> _readBy = new(ReferenceEqualityComparer.Instance);

    /// <summary>The globals each pure partial sets, by the name includes give it; null for the others.</summary>
    private readonly ConcurrentDictionary<string, ScriptVariableGlobal[]?> _byName = new(StringComparer.Ordinal);

    /// <summary>The key of this include, or null when it is not to be kept.</summary>
    public Key? KeyOf(ScriptArray arguments)
    {
        if (arguments.Count == 0 || arguments[0] is not string name || _byName.GetOrAdd(name, Globals) is not { } sets)
        {
            return null;
        }

        var values = new object?[arguments.Count - 1];
        for (var i = 1; i < arguments.Count; i++)
        {
            if (!Stable(arguments[i]))
            {
                return null;
            }

            values[i - 1] = arguments[i];
        }

        return new Key(name, values, sets);
    }

    /// <summary>Whether the markup outlives a build, and so keeps what views it read.</summary>
    public bool Lasting => lasting;

    /// <summary>The kept markup of <paramref name="key"/>, with the globals it set set again as rendering it would.</summary>
    public HtmlString? Reuse(Key key, EscapingTemplateContext context)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            return null;
        }

        foreach (var (variable, value) in entry.Globals)
        {
            context.SetValue(variable, value);
        }

        context.Read(entry.Reads); // an include around this one read them too
        return entry.Markup;
    }

    /// <summary>Keeps what <paramref name="key"/> rendered to, the globals it left set in <paramref name="context"/>, and the views it read.</summary>
    public void Keep(Key key, HtmlString html, TemplateContext context, object[] reads)
    {
        var globals = new (ScriptVariableGlobal, object?)[key.Sets.Length];
        for (var i = 0; i < globals.Length; i++)
        {
            globals[i] = (key.Sets[i], context.GetValue(key.Sets[i]));
        }

        // Kept as UTF-8: half the memory of a string, and each page it goes into copies its bytes.
        var markup = html.Utf8 is null ? new HtmlString([Encoding.UTF8.GetBytes(html.Value)]) : html;
        if (_entries.TryAdd(key, new Entry(markup, globals, reads)) && lasting)
        {
            foreach (var read in reads)
            {
                var keys = _readBy.GetOrAdd(read, _ => []);
                lock (keys)
                {
                    keys.Add(key);
                }
            }
        }
    }

    /// <summary>Drops the markup that read any of <paramref name="changed"/>: views a rebuild changed in place.</summary>
    public void Forget(IEnumerable<object> changed)
    {
        foreach (var view in changed)
        {
            if (_readBy.TryRemove(view, out var keys))
            {
                foreach (var key in keys)
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
    }

    private ScriptVariableGlobal[]? Globals(string name) =>
        purePartials.TryGetValue(PartialLoader.PathOf(name), out var sets) ? [.. sets.Select(set => new ScriptVariableGlobal(set))] : null;

    /// <summary>Once a build has written every page: a build's memo lets its markup go; a lasting one keeps it.</summary>
    public void Settle()
    {
        if (!lasting)
        {
            _entries.Clear();
        }
    }

    // A view is one object per talk, speaker, topic or conference for the whole build; anything
    // else that is not a plain value may be made for one page, as a list's pager and its parts
    // are: kept, their markup would never be asked for again, and a lasting memo would grow.
    private static bool Stable(object? value) =>
        value is null || IsPlain(value)
        || (value.GetType().Namespace == typeof(Views.TalkView).Namespace && value is not (Views.PagerView or Views.PagerDayView or Views.PagerLinkView or Views.LetterGroupView));

    /// <summary>A value compared by what it holds; views are compared by identity.</summary>
    private static bool IsPlain(object value) => value is string or bool or int or long or double or float or decimal;

    private static bool Same(object? a, object? b) => ReferenceEquals(a, b) || (a is not null && IsPlain(a) && a.Equals(b));

    private static int HashOf(object? value) =>
        value is null ? 0 : IsPlain(value) ? value.GetHashCode() : RuntimeHelpers.GetHashCode(value);

    /// <param name="Markup">The partial's markup, as UTF-8.</param>
    private sealed record Entry(HtmlString Markup, (ScriptVariableGlobal Variable, object? Value)[] Globals, object[] Reads);

    /// <summary>A partial's name and its arguments.</summary>
    internal sealed class Key : IEquatable<Key>
    {
        private readonly string _name;
        private readonly object?[] _values;
        private readonly int _hash;

        public Key(string name, object?[] values, ScriptVariableGlobal[] sets)
        {
            (_name, _values, Sets) = (name, values, sets);
            _hash = StringComparer.Ordinal.GetHashCode(name);
            foreach (var value in values)
            {
                _hash = HashCode.Combine(_hash, HashOf(value));
            }
        }

        /// <summary>The globals the partial sets.</summary>
        public ScriptVariableGlobal[] Sets { get; }

        public bool Equals(Key? other)
        {
            if (other is null || _hash != other._hash || _name != other._name || _values.Length != other._values.Length)
            {
                return false;
            }

            for (var i = 0; i < _values.Length; i++)
            {
                if (!Same(_values[i], other._values[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => Equals(obj as Key);

        public override int GetHashCode() => _hash;
    }
}
