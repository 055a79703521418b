namespace Recap.Tests.Sharing;

/// <summary>A site whose titles and names hold everything that breaks naive XML, HTML or JSON writers.</summary>
internal static class TrickySite
{
    public const string Title = "Quotes \"q\", <b>tags</b> & </script> by Zoë";

    public const string Files = """
        -- content/site.yml --
        title: Zoë's <Recaps> & "notes"
        base_url: https://example.github.io/recaps/
        description: Talks I saw.
        author: Zoë Ångström
        social:
          twitter: "@zoe_recaps"
        -- content/speakers/zoe.md --
        ---
        name: Zoë Ångström
        company: Fjord & Co
        links:
          twitter: https://x.com/zoe_a
          github: zoe
        ---
        -- content/conferences/conf-2024/index.md --
        ---
        name: Conf <2024> & "friends"
        start: 2024-05-02
        end: 2024-05-03
        location: Lyon
        venue: Cité </script> Centre
        ---
        The intro.
        -- content/conferences/conf-2024/talks/tricky.md --
        ---
        title: 'Quotes "q", <b>tags</b> & </script> by Zoë'
        speakers: [zoe, Ada Lovelace]
        topics: [Engines & Co, Zoë's topic]
        date: 2024-05-03
        time: "10:30"
        video: https://video.example/tricky
        ---
        The write-up, with "quotes" & a < b.
        -- content/conferences/conf-2024/talks/first.md --
        ---
        title: First talk
        speakers: [Ada Lovelace]
        topics: [Engines & Co]
        date: 2024-05-02
        updated: 2024-06-10
        ---
        The first write-up.
        -- content/conferences/conf-2024/talks/draft.md --
        ---
        title: Draft talk
        speakers: [Ada Lovelace]
        draft: true
        ---
        Not yet.
        -- content/conferences/conf-2024/talks/future.md --
        ---
        title: Future talk
        speakers: [Ada Lovelace]
        date: 2999-01-01
        ---
        Not yet either.
        """;
}
