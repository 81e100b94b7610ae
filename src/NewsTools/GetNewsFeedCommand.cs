using System;
using System.Management.Automation;
using NewsTools.Feeds;

namespace NewsTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Reads RSS, Atom and JSON feeds and sitemaps into feed items.</para>
    /// <para type="description">Reads RSS 2.0, RSS 1.0, Atom 1.0, JSON Feed 1.1, sitemaps, sitemap indexes and Google News sitemaps from paths, URLs or the pipeline, and returns one NewsTools.FeedItem per entry.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "NewsFeed", DefaultParameterSetName = ParameterSets.Path, HelpUri = "https://github.com/newstools/NewsTools#feeds-and-sitemaps")]
    [OutputType(typeof(FeedItem))]
    public sealed class GetNewsFeedCommand : FeedCommandBase
    {
        private int _written;

        /// <summary>Keep only items published (or, without a publication date, updated) at or after this time; undated items are dropped.</summary>
        [Parameter]
        public DateTimeOffset Since { get; set; }

        /// <summary>Return at most this many items in all, then stop reading (a sitemap stops being read at that item).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int First { get; set; }

        private protected override string CommandName => "Get-NewsFeed";

        private protected override bool Done => First > 0 && _written >= First;

        private protected override void ReadDocument(string text, string source, Uri? documentUrl, object target)
        {
            var options = new FeedReadOptions
            {
                Since = MyInvocation.BoundParameters.ContainsKey(nameof(Since)) ? Since : (DateTimeOffset?)null,
                First = First > 0 ? First - _written : 0,
            };
            FeedReadResult result = FeedDocumentReader.Read(text, documentUrl, options);
            string name = NameOf(source);
            switch (result.Failure)
            {
                case FeedFailure.NotAFeed:
                    WriteError(Errors.NotAFeed(target, name, result.Message!));
                    return;
                case FeedFailure.Unreadable:
                    WriteError(Errors.FeedUnreadable(target, name, result.Message!));
                    return;
            }
            WriteVerbose(name + ": " + result.Format + ", " + result.Items.Count + " item(s) kept.");
            if (result.Warning != null) WriteWarning(name + ": " + result.Warning);
            foreach (FeedItem item in result.Items)
            {
                WriteObject(item);
                _written++;
            }
        }
    }
}
