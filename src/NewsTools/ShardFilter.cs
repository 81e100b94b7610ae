using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace NewsTools.Commands
{
    /// <summary>
    /// -Shard i/n: keeps the inputs whose stable key hashes to shard i of n, so n processes or machines split one crawl
    /// with no coordination, and together clean every input exactly once. The key is the file and record id for a record
    /// inside a WARC or JSON Lines file, the file's path (relative to the current location when under it, so machines that mount
    /// the crawl at different roots agree) for a file, and the content for a string from the pipeline. The hash is 64-bit
    /// FNV-1a over the key's UTF-8 bytes: the same on every platform and version (string.GetHashCode is randomised per process).
    /// </summary>
    internal sealed class ShardFilter
    {
        private readonly int _index;
        private readonly int _count;
        private readonly string _root;

        private ShardFilter(int index, int count, string root)
        {
            _index = index;
            _count = count;
            _root = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        }

        /// <summary>Parses "i/n" (0 &lt;= i &lt; n); null and a message when it is not that.</summary>
        public static ShardFilter? Parse(string text, string currentDirectory, out string? error)
        {
            error = null;
            string[] parts = text.Split('/');
            if (parts.Length == 2
                && int.TryParse(parts[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int i)
                && int.TryParse(parts[1].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
                && n >= 1 && i < n)
            {
                return new ShardFilter(i, n, currentDirectory);
            }
            error = "-Shard '" + text + "' is not 'i/n' with 0 <= i < n (e.g. 0/4 ... 3/4; a Kubernetes indexed Job passes $JOB_COMPLETION_INDEX/N).";
            return null;
        }

        /// <summary>Whether this shard takes the item.</summary>
        public bool Takes(CollectedItem item)
        {
            if (item.Warning != null) return true;
            string key;
            if (item.Document != null)
            {
                ArticleInput input = item.Document.Input;
                key = input.Record != null ? Relative(input.Source) + "#" + input.Record.RecordId
                    : input.Source != "pipeline" ? Relative(input.Source)
                    : input.Content;
            }
            else if (item.ReadPath != null) key = Relative(item.ReadPath);
            else key = item.Error?.TargetObject?.ToString() ?? string.Empty;
            return Takes(key);
        }

        /// <summary>Whether this shard takes the key.</summary>
        public bool Takes(string key) => (int)(Fnv1a(key) % (ulong)_count) == _index;

        private string Relative(string path) => path.StartsWith(_root, StringComparison.Ordinal) ? path.Substring(_root.Length) : path;

        /// <summary>64-bit FNV-1a over UTF-8.</summary>
        internal static ulong Fnv1a(string key)
        {
            ulong hash = 14695981039346656037UL;
            foreach (byte b in Encoding.UTF8.GetBytes(key))
            {
                hash ^= b;
                hash *= 1099511628211UL;
            }
            return hash;
        }
    }
}
