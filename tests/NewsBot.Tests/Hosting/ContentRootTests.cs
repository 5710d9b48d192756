using NewsBot.Hosting;
using NewsBot.Testing;

namespace NewsBot.Tests.Hosting;

public sealed class ContentRootTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Locate_FromASubfolderOfTheRepository_FindsTheRepositoryFile()
    {
        Directory.CreateDirectory(_temp.File("repo/src/deep"));
        File.WriteAllText(_temp.File("repo/appsettings.json"), "{}");

        var root = ContentRoot.Locate(_temp.File("repo/src/deep"), _temp.File("elsewhere"));

        Assert.Equal(_temp.File("repo"), root);
    }

    [Fact]
    public void Locate_FromOutsideTheRepository_FallsBackToTheBinarysFolderOrItsParents()
    {
        Directory.CreateDirectory(_temp.File("outside"));
        Directory.CreateDirectory(_temp.File("repo/artifacts/bin/newsbot"));
        File.WriteAllText(_temp.File("repo/appsettings.json"), "{}");

        var root = ContentRoot.Locate(_temp.File("outside"), _temp.File("repo/artifacts/bin/newsbot"));

        Assert.Equal(_temp.File("repo"), root);
    }
}
