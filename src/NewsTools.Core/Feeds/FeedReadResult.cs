using System.Collections.Generic;

namespace NewsTools.Feeds
{
    /// <summary>Why a document gave no items.</summary>
    public enum FeedFailure
    {
        /// <summary>It was read (possibly with problems, see <see cref="FeedReadResult.Warning"/>).</summary>
        None = 0,
        /// <summary>It is not a feed or sitemap at all (an HTML page, plain text, another XML or JSON document).</summary>
        NotAFeed = 1,
        /// <summary>It is a feed, but broken before its first item, so nothing could be read.</summary>
        Unreadable = 2,
    }

    /// <summary>What one document gave: its items, one warning summing up what was wrong with it, or why it gave nothing.</summary>
    public sealed class FeedReadResult
    {
        internal FeedReadResult(IReadOnlyList<FeedItem> items, FeedFormat format, string? warning, FeedFailure failure, string? message)
        {
            Items = items;
            Format = format;
            Warning = warning;
            Failure = failure;
            Message = message;
        }

        /// <summary>The kept items, in document order.</summary>
        public IReadOnlyList<FeedItem> Items { get; }

        /// <summary>The document's format (Unknown when it is not a feed).</summary>
        public FeedFormat Format { get; }

        /// <summary>One sentence listing every problem met (bad dates, entities, a cut-off end...), or null when there was none.</summary>
        public string? Warning { get; }

        /// <summary>None, or why there are no items.</summary>
        public FeedFailure Failure { get; }

        /// <summary>For a failure: what the document is and why it was refused.</summary>
        public string? Message { get; }

        internal static FeedReadResult Failed(FeedFailure failure, string message) =>
            new FeedReadResult(new FeedItem[0], FeedFormat.Unknown, null, failure, message);
    }
}
