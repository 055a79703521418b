using Recap.Scaffolding;
using Recap.Sharing;
using Recap.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Recap.Tests.Publishing;

/// <summary>The GitHub Pages workflow of the repository, and the copy every new site gets.</summary>
public sealed class PagesWorkflowTests
{
    private const string BaseUrlArgument = "--base-url \"${{ steps.pages.outputs.base_url }}/\"";

    private static readonly string RepositoryText = File.ReadAllText(Path.Combine(Repository.Root, ".github", "workflows", "pages.yml"));

    [Test]
    public void RepositoryWorkflowUsesTheOfficialPagesActions()
    {
        var workflow = Workflow.Parse(RepositoryText);

        Assert.That(workflow.Actions(), Is.EqualTo(new[]
        {
            "actions/checkout@v4",
            "actions/setup-dotnet@v4",
            "actions/configure-pages@v5",
            "actions/cache@v4",
            "actions/upload-pages-artifact@v3",
            "actions/deploy-pages@v4",
        }));
    }

    [Test]
    public void RepositoryWorkflowBuildsForTheAddressConfigurePagesGives()
    {
        var steps = Workflow.Parse(RepositoryText).Steps("build");

        var configure = steps.Single(s => Workflow.Scalar(s, "uses") == "actions/configure-pages@v5");
        var build = steps.Single(s => Workflow.Scalar(s, "run") is not null);
        var upload = steps.Single(s => Workflow.Scalar(s, "uses") == "actions/upload-pages-artifact@v3");
        Assert.Multiple(() =>
        {
            Assert.That(Workflow.Scalar(configure, "id"), Is.EqualTo("pages"));
            Assert.That(Workflow.Scalar(build, "run"), Does.StartWith(PagesWorkflow.RepositoryBuild + " " + BaseUrlArgument));
            Assert.That(Workflow.Scalar(Workflow.Mapping(upload, "with"), "path"), Is.EqualTo("_site"));
        });
    }

    [TestCase("repository")]
    [TestCase("site")]
    public void WorkflowKeepsTheDrawnCardsAndResizedImagesOfTheBuildBetweenRuns(string which)
    {
        var text = which == "repository" ? RepositoryText : PagesWorkflow.ForSite("1.2.3");
        var steps = Workflow.Parse(text).Steps("build").ToList();
        var root = Path.GetFullPath("site");
        var cards = SocialCards.CacheFolder(Path.Combine(root, "_site"));
        var cacheFolder = Path.GetRelativePath(root, Path.GetDirectoryName(cards)!).Replace('\\', '/');
        var imageFolder = Path.GetRelativePath(root, Recap.Images.ImageCache.BesideCards(cards)).Replace('\\', '/');

        var cache = steps.FindIndex(s => Workflow.Scalar(s, "uses") == "actions/cache@v4");
        var build = steps.FindIndex(s => Workflow.Scalar(s, "name") == "Build the site");
        Assert.That(cache, Is.GreaterThanOrEqualTo(0), "a step restores the cards and code before the build and saves them after it");
        var with = Workflow.Mapping(steps[cache], "with");
        Assert.Multiple(() =>
        {
            Assert.That(cache, Is.LessThan(build), "the cards are restored before the build");
            Assert.That(Workflow.Scalar(with, "path"), Is.EqualTo(cacheFolder).And.EqualTo(".recap-cache/_site"), "the cards' folder, and the code's and images' beside it");
            Assert.That(imageFolder, Is.EqualTo(".recap-cache/_site/images"));

            // A key of its own each run, so what every run drew is saved; the shared prefix restores the latest.
            Assert.That(Workflow.Scalar(with, "key"), Is.EqualTo("recap-cache-${{ github.sha }}"));
            Assert.That(Workflow.Scalar(with, "restore-keys"), Is.EqualTo("recap-cache-"));
        });
    }

    [Test]
    public void RepositoryWorkflowDeploysToTheGitHubPagesEnvironment()
    {
        var workflow = Workflow.Parse(RepositoryText);
        var deploy = workflow.Job("deploy");
        var environment = Workflow.Mapping(deploy, "environment");

        Assert.Multiple(() =>
        {
            Assert.That(Workflow.Mapping(workflow.Root, "on").Children.Keys.Select(k => k.ToString()), Is.EquivalentTo(new[] { "push", "workflow_dispatch" }));
            Assert.That(Workflow.Mapping(workflow.Root, "permissions").Children.Select(p => $"{p.Key}: {p.Value}"), Is.EquivalentTo(new[] { "contents: read", "pages: write", "id-token: write" }));
            Assert.That(Workflow.Scalar(Workflow.Mapping(workflow.Root, "concurrency"), "group"), Is.EqualTo("pages"));
            Assert.That(Workflow.Scalar(deploy, "needs"), Is.EqualTo("build"));
            Assert.That(Workflow.Scalar(environment, "name"), Is.EqualTo("github-pages"));
            Assert.That(Workflow.Scalar(environment, "url"), Is.EqualTo("${{ steps.deployment.outputs.page_url }}"));
            Assert.That(workflow.Steps("deploy").Select(s => Workflow.Scalar(s, "id")), Is.EqualTo(new[] { "deployment" }));
        });
    }

    [Test]
    public void EngineHoldsTheRepositoryWorkflowAsItIs()
    {
        Assert.That(PagesWorkflow.Repository, Is.EqualTo(RepositoryText.ReplaceLineEndings("\n")));
    }

    [Test]
    public void SiteWorkflowIsTheRepositoryWorkflowWithRecapInstalled()
    {
        var site = Workflow.Parse(PagesWorkflow.ForSite("1.2.3"));
        var repository = Workflow.Parse(RepositoryText);

        var siteSteps = site.Steps("build").Select(s => s.ToString()).ToList();
        var install = site.Steps("build").Single(s => Workflow.Scalar(s, "name") == "Install recap");
        var build = site.Steps("build").Single(s => Workflow.Scalar(s, "name") == "Build the site");
        var expectedSteps = repository.Steps("build")
            .Select(s => s.ToString().Replace(PagesWorkflow.RepositoryBuild, PagesWorkflow.SiteBuild, StringComparison.Ordinal))
            .ToList();
        expectedSteps.Insert(expectedSteps.FindIndex(s => s.Contains(PagesWorkflow.SiteBuild, StringComparison.Ordinal)), install.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(Workflow.Scalar(install, "run"), Is.EqualTo("dotnet tool install --global Recap.Cli --version 1.2.3"));
            Assert.That(Workflow.Scalar(build, "run"), Does.StartWith("recap build " + BaseUrlArgument));
            Assert.That(siteSteps, Is.EqualTo(expectedSteps));
            Assert.That(Without(site.Root, "jobs"), Is.EqualTo(Without(repository.Root, "jobs")));
            Assert.That(site.Job("deploy").ToString(), Is.EqualTo(repository.Job("deploy").ToString()));
        });
    }

    private static string Without(YamlMappingNode node, string key) =>
        string.Join('\n', node.Children.Where(c => c.Key.ToString() != key).Select(c => $"{c.Key}: {c.Value}"));
}
