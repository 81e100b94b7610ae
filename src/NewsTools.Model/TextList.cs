using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace NewsTools
{
    /// <summary>
    /// A read-only list of strings that prints as its items joined ("Jane Doe; John Roe"), so an
    /// <c>Export-Csv</c> cell or a table column shows the values, not "System.String[]". It is still an
    /// array to <c>ConvertTo-Json</c>, <c>ForEach-Object</c> and indexing.
    /// </summary>
    public sealed class TextList : ReadOnlyCollection<string>
    {
        /// <summary>An empty list.</summary>
        public static TextList Empty { get; } = new TextList(Array.Empty<string>());

        private readonly string _separator;

        /// <summary>Wraps the items; <paramref name="separator"/> joins them in <see cref="ToString"/>.</summary>
        public TextList(IList<string> items, string separator = "; ")
            : base(items)
        {
            _separator = separator;
        }

        /// <summary>Wraps an array (so existing code can assign <c>string[]</c>).</summary>
        public static implicit operator TextList(string[] items) => items.Length == 0 ? Empty : new TextList(items);

        /// <summary>The items joined by the separator.</summary>
        public override string ToString() => string.Join(_separator, this);
    }

    /// <summary>
    /// The removed blocks; prints as a count per reason, most frequent first ("Subscription: 20; Paywall: 4"),
    /// in CSV cells, the list view and <c>ToString()</c>. Still a list to the pipeline and <c>ConvertTo-Json</c>.
    /// </summary>
    public sealed class RemovedList : ReadOnlyCollection<RemovedBlock>
    {
        /// <summary>An empty list.</summary>
        public static RemovedList Empty { get; } = new RemovedList(Array.Empty<RemovedBlock>());

        /// <summary>Wraps the items.</summary>
        public RemovedList(IList<RemovedBlock> items)
            : base(items)
        {
        }

        /// <summary>Wraps an array.</summary>
        public static implicit operator RemovedList(RemovedBlock[] items) => items.Length == 0 ? Empty : new RemovedList(items);

        /// <summary>Counts per reason, most frequent first; ties keep the order the reasons first appear in.</summary>
        public override string ToString()
        {
            var counts = new Dictionary<RemovalReason, int>();
            var order = new List<RemovalReason>();
            foreach (RemovedBlock b in this)
            {
                if (counts.TryGetValue(b.Reason, out int n)) counts[b.Reason] = n + 1;
                else
                {
                    counts[b.Reason] = 1;
                    order.Add(b.Reason);
                }
            }
            // List.Sort is not stable; a stable order keeps the same article printing the same way.
            var parts = new string[order.Count];
            int next = 0;
            foreach (KeyValuePair<RemovalReason, int> pair in SortByCount(order, counts)) parts[next++] = pair.Key + ": " + pair.Value;
            return string.Join("; ", parts);
        }

        private static IEnumerable<KeyValuePair<RemovalReason, int>> SortByCount(List<RemovalReason> order, Dictionary<RemovalReason, int> counts)
        {
            var pairs = new List<KeyValuePair<RemovalReason, int>>(order.Count);
            foreach (RemovalReason reason in order) pairs.Add(new KeyValuePair<RemovalReason, int>(reason, counts[reason]));
            // Insertion sort: a handful of reasons, and stable.
            for (int i = 1; i < pairs.Count; i++)
            {
                KeyValuePair<RemovalReason, int> item = pairs[i];
                int j = i - 1;
                while (j >= 0 && pairs[j].Value < item.Value)
                {
                    pairs[j + 1] = pairs[j];
                    j--;
                }
                pairs[j + 1] = item;
            }
            return pairs;
        }
    }
}

namespace NewsTools
{
    /// <summary>Where each metadata field came from; prints as "Title=json-ld; Authors=byline".</summary>
    public sealed class MetadataSourceList : System.Collections.ObjectModel.ReadOnlyCollection<MetadataSource>
    {
        /// <summary>An empty list.</summary>
        public static MetadataSourceList Empty { get; } = new MetadataSourceList(System.Array.Empty<MetadataSource>());

        /// <summary>Wraps the items.</summary>
        public MetadataSourceList(System.Collections.Generic.IList<MetadataSource> items)
            : base(items)
        {
        }

        /// <summary>Wraps an array.</summary>
        public static implicit operator MetadataSourceList(MetadataSource[] items) => items.Length == 0 ? Empty : new MetadataSourceList(items);

        /// <summary>The field=source pairs joined.</summary>
        public override string ToString() => string.Join("; ", this);
    }
}
