namespace SiteGen.Tests.Directives.Training;

/// <summary>The one-line summary under a run's definition reads as a sentence for any number of epochs.</summary>
public class RunSummaryTests
{
    private const string Run = """
        ```{train}
        :id: step
        data: {x: [[1, 0.5]], y: [1]}
        layers: [2, 2, 1]
        activation: sigmoid
        loss: bce
        lr: 1
        epochs: EPOCHS
        BATCH
        ```
        """;

    [Theory]
    [InlineData("1", "", "for 1 full-batch epoch on 1 example given in the lesson:")]
    [InlineData("2", "", "for 2 full-batch epochs on 1 example given in the lesson:")]
    public void One_epoch_is_singular_and_more_are_plural(string epochs, string batch, string expected)
    {
        var (body, diagnostics) = TestSite.Lesson(Run.Replace("EPOCHS", epochs).Replace("BATCH", batch));
        Assert.Empty(diagnostics);
        Assert.Contains(expected, body);
    }

    [Fact]
    public void One_epoch_of_mini_batches_is_singular_too()
    {
        var run = Run.Replace("data: {x: [[1, 0.5]], y: [1]}", "data: {set: xor, n: 4}").Replace("EPOCHS", "1").Replace("BATCH", "batch: 2");
        var (body, diagnostics) = TestSite.Lesson(run);
        Assert.Empty(diagnostics);
        Assert.Contains("for 1 epoch of 2-example batches on 4 xor points:", body);
    }
}
