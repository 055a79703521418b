using Recap.Tests.Support;

namespace Recap.Tests.Model;

/// <summary>Speakers only talks name, in several scripts and spellings, as an imported archive has them.</summary>
public sealed class RealNameTests
{
    /// <summary>A site whose talks each name one speaker, in this order, with no speaker file.</summary>
    private static string TalksBy(params string[] speakers) =>
        Sites.TalksInC(speakers.Select(speaker => $"speakers: [\"{speaker}\"]"));

    [Test]
    public void NamesInSeveralScriptsBuildWithReadableUrlsAndWarningsThatSuggestAliases()
    {
        using var site = TestSite.Build(TalksBy("Tim (文昌) Hsu", "Tim Hsu", "姜韋辰 Daniel", "Daniel", "王小明", "Zoë Ångström", "Zoe Angstrom"));

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.ErrorLines(), Is.Empty);
        Assert.That(site.PageSlugs("speakers"), Is.EquivalentTo(new[] { "tim-wen-chang-hsu", "tim-hsu", "jiang-wei-chen-daniel", "daniel", "wang-xiao-ming", "zoe-angstrom" }));
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t02.md(3,12): warning RC0109: new speaker 'Tim Hsu' may be 'Tim (文昌) Hsu' (if they are one person, list 'Tim Hsu' under aliases: in a speaker file for 'Tim (文昌) Hsu'; if not, list 'Tim Hsu' under distinct: speakers: in site.yml)",
            "content/conferences/c/talks/t04.md(3,12): warning RC0109: new speaker 'Daniel' may be '姜韋辰 Daniel' (if they are one person, list 'Daniel' under aliases: in a speaker file for '姜韋辰 Daniel'; if not, list 'Daniel' under distinct: speakers: in site.yml)",
        }));
        site.AssertFile("speakers/zoe-angstrom/index.html", """
            <h1>Zoë Ångström</h1>
            Talk 6
            Talk 7
            """);
        site.AssertFile("speakers/wang-xiao-ming/index.html", "<h1>王小明</h1>");
    }

    [Test]
    public void ALongerNameThatHoldsAKnownOneIsSuggestedToo()
    {
        using var site = TestSite.Build(TalksBy("Hsueh-Tsung Kuo", "郭學聰 (Hsueh-Tsung Kuo)"));

        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t02.md(3,12): warning RC0109: new speaker '郭學聰 (Hsueh-Tsung Kuo)' may be 'Hsueh-Tsung Kuo' (if they are one person, list 'Hsueh-Tsung Kuo' under aliases: in a speaker file for '郭學聰 (Hsueh-Tsung Kuo)'; if not, list '郭學聰 (Hsueh-Tsung Kuo)' under distinct: speakers: in site.yml)",
        }));
        Assert.That(site.PageSlugs("speakers"), Is.EquivalentTo(new[] { "hsueh-tsung-kuo", "guo-xue-cong-hsueh-tsung-kuo" }));
    }

    [Test]
    public void NamesWrittenInTwoScriptsWithASlashHoldBoth()
    {
        using var site = TestSite.Build(TalksBy("知野 雄二/Yuji Chino", "Yuji Chino", "知野 雄二"));

        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t02.md(3,12): warning RC0109: new speaker 'Yuji Chino' may be '知野 雄二/Yuji Chino' (if they are one person, list 'Yuji Chino' under aliases: in a speaker file for '知野 雄二/Yuji Chino'; if not, list 'Yuji Chino' under distinct: speakers: in site.yml)",
            "content/conferences/c/talks/t03.md(3,12): warning RC0109: new speaker '知野 雄二' may be '知野 雄二/Yuji Chino' (if they are one person, list '知野 雄二' under aliases: in a speaker file for '知野 雄二/Yuji Chino'; if not, list '知野 雄二' under distinct: speakers: in site.yml)",
        }));
        Assert.That(site.PageSlugs("speakers"), Is.EquivalentTo(new[] { "zhi-ye-xiong-er-yuji-chino", "yuji-chino", "zhi-ye-xiong-er" }));
    }

    [Test]
    public void WithASpeakerFileTheAdviceNamesIt()
    {
        using var site = TestSite.Build(TalksBy("Tim Hsu") + """

            -- content/speakers/tim.md --
            ---
            name: Tim (文昌) Hsu
            ---
            """);

        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t01.md(3,12): warning RC0109: new speaker 'Tim Hsu' may be 'Tim (文昌) Hsu' (if they are one person, list 'Tim Hsu' under aliases: in 'content/speakers/tim.md'; if not, under distinct: there)",
        }));
    }

    [Test]
    public void AnAliasMakesTwoSpellingsOnePerson()
    {
        using var site = TestSite.Build(TalksBy("Tim Hsu", "Tim (文昌) Hsu") + """

            -- content/speakers/tim-hsu.md --
            ---
            name: Tim (文昌) Hsu
            aliases: [Tim Hsu]
            ---
            """);

        site.AssertClean();
        Assert.That(site.PageSlugs("speakers"), Is.EqualTo(new[] { "tim-hsu" }));
        site.AssertFile("speakers/tim-hsu/index.html", """
            <h1>Tim (文昌) Hsu</h1>
            Talk 1
            Talk 2
            """);
    }

    [Test]
    public void NamesThatShareASlugGetSuffixesThatDoNotDependOnOrder()
    {
        using var forward = TestSite.Build(TalksBy("王小明", "汪小明", "Wang Xiao Ming"));
        using var backward = TestSite.Build(TalksBy("Wang Xiao Ming", "汪小明", "王小明"));

        Assert.That(forward.ExitCode, Is.Zero, forward.Stderr);
        Assert.That(forward.PageSlugs("speakers"), Is.EquivalentTo(new[] { "wang-xiao-ming", "wang-xiao-ming-415887", "wang-xiao-ming-b92659" }));
        Assert.That(backward.PageSlugs("speakers"), Is.EquivalentTo(forward.PageSlugs("speakers")));
        forward.AssertFile("speakers/wang-xiao-ming/index.html", "<h1>Wang Xiao Ming</h1>");
        forward.AssertFile("speakers/wang-xiao-ming-415887/index.html", "<h1>王小明</h1>");
        forward.AssertFile("speakers/wang-xiao-ming-b92659/index.html", "<h1>汪小明</h1>");
        Assert.That(forward.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t01.md(3,12): warning RC0120: speaker '王小明' is at '/speakers/wang-xiao-ming-415887/': '/speakers/wang-xiao-ming/' is the URL of the speaker 'Wang Xiao Ming' (to choose its URL, add a speaker file with name: and slug:; if they are one person, add a speaker file for one of them with the other under aliases:)",
            "content/conferences/c/talks/t02.md(3,12): warning RC0120: speaker '汪小明' is at '/speakers/wang-xiao-ming-b92659/': '/speakers/wang-xiao-ming/' is the URL of the speaker 'Wang Xiao Ming' (to choose its URL, add a speaker file with name: and slug:; if they are one person, add a speaker file for one of them with the other under aliases:)",
        }));
    }

    [Test]
    public void AddingContentDoesNotMoveASuffixedPage()
    {
        using var site = TestSite.Build(TalksBy("王小明", "汪小明"));
        var before = site.PageSlugs("speakers").ToList();
        site.Write(TalksBy("王小明", "汪小明", "黄小明", "Wang Xiaoming"));
        site.Run();

        Assert.That(before, Is.EquivalentTo(new[] { "wang-xiao-ming", "wang-xiao-ming-415887" }));
        Assert.That(site.PageSlugs("speakers"), Is.SupersetOf(before));
    }

    [Test]
    public void ASpeakerFileWithASlugPinsTheUrl()
    {
        using var site = TestSite.Build(TalksBy("王小明", "汪小明") + """

            -- content/speakers/wang-xiaoming.md --
            ---
            name: 汪小明
            slug: wang-xiaoming
            ---
            """);

        site.AssertClean();
        Assert.That(site.PageSlugs("speakers"), Is.EquivalentTo(new[] { "wang-xiao-ming", "wang-xiaoming" }));
    }

    [Test]
    public void APageOnlyTalksNameNeverTakesTheUrlOfAFile()
    {
        using var site = TestSite.Build(TalksBy("王小明") + """

            -- content/speakers/wang.md --
            ---
            name: Wang Xiaoming
            slug: wang-xiao-ming
            ---
            """);

        Assert.That(site.ExitCode, Is.Zero, site.Stderr);
        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t01.md(3,12): warning RC0120: speaker '王小明' is at '/speakers/wang-xiao-ming-415887/': '/speakers/wang-xiao-ming/' is the URL of 'content/speakers/wang.md' (to choose its URL, add a speaker file with name: and slug:; if they are one person, add a speaker file for one of them with the other under aliases:)",
        }));
        site.AssertFile("speakers/wang-xiao-ming/index.html", "<h1>Wang Xiaoming</h1>");
    }

    [Test]
    public void FilesThatClaimOneUrlAreStillAnError()
    {
        using var site = TestSite.Build("""
            -- content/site.yml --
            title: Recaps
            permalinks:
              speaker: /:speaker/
            -- content/conferences/wang/index.md --
            ---
            name: Wang Con
            ---
            -- content/speakers/b.md --
            ---
            name: 汪小明
            slug: wang
            ---
            """);

        Assert.That(site.ErrorLines(), Is.EqualTo(new[]
        {
            "content/speakers/b.md(3,1): error RC0107: URL '/wang/' is also the URL of 'content/conferences/wang/index.md' (give one of them another slug)",
        }));
    }

    [Test]
    public void TyposAreStillSuggestedAndDistinctSilencesThem()
    {
        var talks = TalksBy("Karen Tracey", "Karen Tracy", "Jannis Leidel", "Janis Leidel", "Yaroslav Tkachenko", "Yaroslav Tkachencko");
        using var warned = TestSite.Build(talks);
        using var silenced = TestSite.Build(talks.Replace("title: Recaps", """
            title: Recaps
            distinct:
              speakers: [Karen Tracy, Jannis Leidel]
            """, StringComparison.Ordinal));

        Assert.That(warned.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t02.md(3,12): warning RC0109: new speaker 'Karen Tracy' (did you mean 'Karen Tracey'?)",
            "content/conferences/c/talks/t04.md(3,12): warning RC0109: new speaker 'Janis Leidel' (did you mean 'Jannis Leidel'?)",
            "content/conferences/c/talks/t06.md(3,12): warning RC0109: new speaker 'Yaroslav Tkachencko' (did you mean 'Yaroslav Tkachenko'?)",
        }));
        Assert.That(silenced.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t06.md(3,12): warning RC0109: new speaker 'Yaroslav Tkachencko' (did you mean 'Yaroslav Tkachenko'?)",
        }));
    }

    [Test]
    public void ASpeakerFileSaysWhichLookAlikesAreOtherPeople()
    {
        using var site = TestSite.Build(TalksBy("Karen Tracy", "Karen Tracee", "Tim Hsu") + """

            -- content/speakers/karen-tracey.md --
            ---
            name: Karen Tracey
            distinct: [Karen Tracy]
            ---
            -- content/speakers/tim.md --
            ---
            name: Tim (文昌) Hsu
            distinct: [Tim Hsu]
            ---
            """);

        Assert.That(site.WarningLines(), Is.EqualTo(new[]
        {
            "content/conferences/c/talks/t02.md(3,12): warning RC0109: new speaker 'Karen Tracee' (did you mean 'Karen Tracey'?)",
        }));
    }

    [Test]
    public void StrictMakesTheSuggestionsErrors()
    {
        using var site = TestSite.Build(TalksBy("Tim (文昌) Hsu", "Tim Hsu").Replace("title: Recaps", "title: Recaps\nstrict: true", StringComparison.Ordinal));

        Assert.That(site.ExitCode, Is.EqualTo(1));
        Assert.That(site.ErrorLines(), Has.Count.EqualTo(1).And.One.Contains("error RC0109: new speaker 'Tim Hsu' may be 'Tim (文昌) Hsu'"));
    }
}
