using NewsBot.Hosting;

namespace NewsBot.Tests.Hosting;

public sealed class MallocArenasTests
{
    [Fact]
    public void Apply_OnLinuxWithoutTheVariable_AsksMallocForTwoArenas()
    {
        var asked = new List<int>();

        var outcome = MallocArenas.Apply(linux: true, variable: null, arenas => { asked.Add(arenas); return true; });

        Assert.Equal(MallocArenaOutcome.Applied, outcome);
        Assert.Equal([2], asked);
    }

    [Fact]
    public void Apply_NotLinux_LeavesMallocAlone()
    {
        var outcome = MallocArenas.Apply(linux: false, variable: null, _ => throw new InvalidOperationException("called"));

        Assert.Equal(MallocArenaOutcome.NotLinux, outcome);
    }

    [Fact]
    public void Apply_OperatorSetTheVariable_KeepsTheOperatorsValue()
    {
        var outcome = MallocArenas.Apply(linux: true, variable: "4", _ => throw new InvalidOperationException("called"));

        Assert.Equal(MallocArenaOutcome.SetByEnvironment, outcome);
    }

    [Fact]
    public void Apply_CLibraryWithoutArenas_ReportsRefusedAndGoesOn()
    {
        Assert.Equal(MallocArenaOutcome.Refused, MallocArenas.Apply(linux: true, variable: null, _ => false));
        Assert.Equal(MallocArenaOutcome.Refused, MallocArenas.Apply(linux: true, variable: null, _ => throw new EntryPointNotFoundException()));
        Assert.Equal(MallocArenaOutcome.Refused, MallocArenas.Apply(linux: true, variable: null, _ => throw new DllNotFoundException()));
    }

    [Fact]
    public void Apply_ThisProcess_GlibcTakesTheCapOnLinuxAndNothingIsCalledElsewhere()
    {
        var outcome = MallocArenas.Apply();

        var expected = !OperatingSystem.IsLinux() ? MallocArenaOutcome.NotLinux
            : !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(MallocArenas.Variable)) ? MallocArenaOutcome.SetByEnvironment
            : MallocArenaOutcome.Applied;
        Assert.Equal(expected, outcome);
        Assert.Equal(expected, MallocArenas.Outcome);
    }
}
