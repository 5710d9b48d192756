using NewsBot.Core.Subscriptions.Matching;

namespace NewsBot.Core.Tests.Subscriptions.Matching;

public sealed class PostingPoolTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AddAndRemove_ManyKeysInRandomOrder_EachKeyListsWhatWasAddedAndNotRemoved(int seed)
    {
        // Enough lists outgrowing their runs, and emptied, that the array both grows and is compacted.
        const int keys = 300;
        var random = new Random(seed);
        var pool = new PostingPool();
        pool.Reserve(keys);
        var expected = Enumerable.Range(0, keys).Select(_ => new List<int>()).ToArray();
        var nextSlot = 0;
        for (var step = 0; step < 20_000; step++)
        {
            var key = random.Next(keys);
            if (expected[key].Count > 0 && random.Next(3) == 0)
            {
                var slot = expected[key][random.Next(expected[key].Count)];
                pool.Remove(key, slot);
                expected[key].Remove(slot);
            }
            else
            {
                pool.Add(key, new Posting(nextSlot, exact: false, shared: false, PostingChecks.None));
                expected[key].Add(nextSlot++);
            }

            if (step % 997 == 0)
            {
                AssertLists(pool, expected);
            }
        }

        AssertLists(pool, expected);
    }

    [Fact]
    public void Remove_ASlotTheKeyDoesNotList_ChangesNothing()
    {
        var pool = new PostingPool();
        pool.Reserve(2);
        pool.Add(0, new Posting(7, exact: true, shared: false, PostingChecks.None));

        pool.Remove(0, 8);
        pool.Remove(1, 7);

        Assert.Equal([7], pool.Of(0).ToArray().Select(p => p.Slot));
        Assert.Equal(0, pool.Count(1));
    }

    private static void AssertLists(PostingPool pool, List<int>[] expected)
    {
        for (var key = 0; key < expected.Length; key++)
        {
            Assert.Equal(expected[key].Order(), pool.Of(key).ToArray().Select(p => p.Slot).Order());
            Assert.Equal(expected[key].Count, pool.Count(key));
        }
    }
}
