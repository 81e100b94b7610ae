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

    /// <summary>The removed blocks; prints as a count per reason ("Subscription 20; Paywall 4") for CSV cells and tables.</summary>
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

        /// <summary>Counts per reason, most frequent first.</summary>
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
            order.Sort((a, b) => counts[b].CompareTo(counts[a]));
            var parts = new string[order.Count];
            for (int i = 0; i < order.Count; i++) parts[i] = order[i] + " " + counts[order[i]];
            return string.Join("; ", parts);
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
