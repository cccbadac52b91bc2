using SiteGen.Preview;

namespace SiteGen.Tests.Preview;

/// <summary>The preview rebuilds after every change, including changes the operating system could not report one by one.</summary>
public class ChangeWatcherTests
{
    [Fact]
    public void An_edit_is_reported_once_after_the_folder_is_quiet()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-watch").FullName;
        using var changed = new SemaphoreSlim(0);
        using var watcher = new ChangeWatcher([folder], () => changed.Release());
        for (var i = 0; i < 5; i++) File.WriteAllText(Path.Combine(folder, "a.md"), $"# {i}\n");
        Assert.True(changed.Wait(TimeSpan.FromSeconds(5)), "no rebuild after an edit");
        Assert.False(changed.Wait(TimeSpan.FromMilliseconds(400)), "a burst of writes gave more than one rebuild");
    }

    [Fact]
    public void Lost_events_rebuild_as_if_anything_had_changed()
    {
        var folder = Directory.CreateTempSubdirectory("sitegen-watch").FullName;
        using var changed = new SemaphoreSlim(0);
        using var watcher = new ChangeWatcher([folder], () => changed.Release());
        watcher.SimulateLostEvents();
        Assert.True(changed.Wait(TimeSpan.FromSeconds(5)), "lost events gave no rebuild");
        // And it goes on watching.
        File.WriteAllText(Path.Combine(folder, "b.md"), "# B\n");
        Assert.True(changed.Wait(TimeSpan.FromSeconds(5)), "no rebuild after an edit that followed lost events");
    }
}
