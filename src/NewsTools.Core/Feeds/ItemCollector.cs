using System;
using System.Collections.Generic;

namespace NewsTools.Feeds
{
    /// <summary>Applies -Since and -First as items are read, so a reader can stop as soon as enough are kept.</summary>
    internal sealed class ItemCollector
    {
        private readonly DateTimeOffset? _since;
        private readonly int _first;

        public ItemCollector(FeedReadOptions options)
        {
            _since = options.Since;
            _first = options.First;
        }

        public List<FeedItem> Items { get; } = new List<FeedItem>();

        /// <summary>True once -First items are kept: readers stop reading there.</summary>
        public bool Full => _first > 0 && Items.Count >= _first;

        /// <summary>Keeps the item unless it is older than -Since (or undated while -Since is given) or the list is full.</summary>
        public void Offer(FeedItem item)
        {
            if (Full) return;
            if (_since.HasValue)
            {
                DateTimeOffset? when = item.Published ?? item.Updated;
                if (!when.HasValue || when.Value < _since.Value) return;
            }
            Items.Add(item);
        }
    }
}
