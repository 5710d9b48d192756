using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Feeds.Folder;

/// <summary>
/// An ETag for a folder: a hash of its article files' names, sizes and modification times, so an
/// unchanged folder is answered like an HTTP 304 without reading a file.
/// </summary>
internal static class FolderVersion
{
    public static string Of(IEnumerable<FileInfo> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var listing = new StringBuilder();
        foreach (var file in files)
        {
            listing.Append(file.Name).Append('\t')
                .Append(file.Length.ToString(CultureInfo.InvariantCulture)).Append('\t')
                .Append(file.LastWriteTimeUtc.Ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(listing.ToString()));
        return "\"folder-" + Convert.ToHexStringLower(hash.AsSpan(0, 16)) + "\"";
    }
}
