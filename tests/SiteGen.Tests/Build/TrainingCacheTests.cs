namespace SiteGen.Tests.Build;

/// <summary>Training runs are trained once: a rebuild trains only the runs that changed and redraws only the figures that read them.</summary>
public class TrainingCacheTests
{
    private static string Run(string id, string lr) => $$"""
        ```{train}
        :id: {{id}}
        data: {set: xor, n: 4}
        layers: [2, 4, 1]
        loss: bce
        optimiser: adam
        lr: {{lr}}
        epochs: 200
        ```

        ```{loss-curves} Loss of {{id}}
        :alt: The loss of {{id}} falls.
        runs: {{id}}
        ```

        """;

    private static string Lesson(string prose = "Two runs.", string fastRate = "0.05") =>
        "# Runs\n\n" + prose + "\n\n" + Run("fast", fastRate) + Run("slow", "0.005") + "Final loss {run}`fast.loss`.\n";

    [Fact]
    public void A_rebuild_trains_only_the_runs_that_changed()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-runs.md"] = Lesson() });
        var first = site.BuildClean();
        Assert.Equal((2, 0, 2), (first.RunsTrained, first.RunsCached, first.FiguresDrawn));

        var unchanged = site.BuildClean();
        Assert.Equal((0, 0, 0), (unchanged.RunsTrained, unchanged.RunsCached, unchanged.FiguresDrawn));

        site.Write("lessons/01-runs.md", Lesson(prose: "Two runs, compared."));
        var prose = site.BuildClean();
        Assert.Equal((0, 2, 0, 2), (prose.RunsTrained, prose.RunsCached, prose.FiguresDrawn, prose.FiguresCached));

        var before = site.Body("lessons/runs/index.html");
        site.Write("lessons/01-runs.md", Lesson(prose: "Two runs, compared.", fastRate: "0.1"));
        var retrained = site.BuildClean();
        Assert.Equal((1, 1, 1, 1), (retrained.RunsTrained, retrained.RunsCached, retrained.FiguresDrawn, retrained.FiguresCached));
        Assert.NotEqual(before, site.Body("lessons/runs/index.html"));
    }

    [Fact]
    public void The_cache_keeps_only_the_runs_the_site_still_has()
    {
        using var site = new TestSite(new Dictionary<string, string>
        {
            ["lessons/01-runs.md"] = Lesson(),
            ["lessons/02-other.md"] = "# Other\n\n" + Run("other", "0.01"),
        });
        var runs = Path.Combine(site.Root, ".sitegen-cache", "runs");
        site.BuildClean();
        Assert.Equal(3, Directory.GetFiles(runs, "*.json").Length);

        // Only lesson 1 is made again; lesson 2 is reused whole, and its run must stay.
        site.Write("lessons/01-runs.md", Lesson(fastRate: "0.2"));
        site.BuildClean();
        Assert.Equal(3, Directory.GetFiles(runs, "*.json").Length);
        site.Write("lessons/02-other.md", "# Other\n\nNo runs now.\n");
        site.BuildClean();
        Assert.Equal(2, Directory.GetFiles(runs, "*.json").Length);
    }

    [Fact]
    public void A_run_read_from_the_cache_gives_the_page_a_fresh_build_gives()
    {
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-runs.md"] = Lesson() });
        site.BuildClean();
        var fresh = site.Body("lessons/runs/index.html");
        site.Write("lessons/01-runs.md", Lesson() + "\n");
        var cached = site.BuildClean();
        Assert.Equal(2, cached.RunsCached);
        Assert.Equal(fresh, site.Body("lessons/runs/index.html"));
    }

    [Fact]
    public void A_run_over_the_budget_is_refused_until_site_yml_raises_it()
    {
        var big = "# Big\n\n```{train}\n:id: big\ndata: {set: moons, n: 1000}\nlayers: [2, 64, 64, 1]\nloss: bce\nlr: 0.1\nepochs: 1000\n```\n";
        using var site = new TestSite(new Dictionary<string, string> { ["lessons/01-big.md"] = big });
        var refused = site.Build();
        Assert.False(refused.Succeeded);
        var line = Assert.Single(site.Lines(refused));
        Assert.StartsWith("content/lessons/01-big.md(9,1): error SG1805:", line);
        Assert.Contains("max_training_cost", line);

        site.Write("site.yml", TestSite.DefaultSettings + "max_training_cost: 10000000000\n");
        site.Write("lessons/01-big.md", big.Replace("epochs: 1000", "epochs: 1"));
        var raised = site.Build();
        Assert.True(raised.Succeeded, string.Join("\n", site.Lines(raised)));
    }
}
