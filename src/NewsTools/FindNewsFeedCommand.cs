using System;
using System.Collections.Generic;
using System.Management.Automation;
using NewsTools.Feeds;

namespace NewsTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Lists the feeds a web page links to.</para>
    /// <para type="description">Reads a page's link rel="alternate" elements (RSS, Atom, JSON Feed) and returns one NewsTools.FeedLink per feed, its address resolved against the page's base.</para>
    /// </summary>
    [Cmdlet(VerbsCommon.Find, "NewsFeed", DefaultParameterSetName = ParameterSets.Path, HelpUri = "https://github.com/newstools/NewsTools#feeds-and-sitemaps")]
    [OutputType(typeof(FeedLink))]
    public sealed class FindNewsFeedCommand : FeedCommandBase
    {
        /// <summary>The page's address, for pages that do not bring one (files, strings): relative feed addresses are resolved against it.</summary>
        [Parameter]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        /// <summary>
        /// When a web page declares no feed, try its site's common feed paths (/feed, /rss.xml, /atom.xml, /feed.xml,
        /// /index.xml, /sitemap.xml, /news-sitemap.xml...) and list those that hold a feed or sitemap.
        /// </summary>
        [Parameter]
        public SwitchParameter Probe { get; set; }

        private protected override string CommandName => "Find-NewsFeed";

        /// <summary>Checks -BaseUri, then sets up the input reader.</summary>
        protected override void BeginProcessing()
        {
            if (BaseUri != null && (!BaseUri.IsAbsoluteUri || (BaseUri.Scheme != System.Uri.UriSchemeHttp && BaseUri.Scheme != System.Uri.UriSchemeHttps)))
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException("-BaseUri '" + BaseUri.OriginalString + "' is not an absolute http or https address (such as https://news.example.com/)."),
                    ErrorIds.InvalidBaseUri, ErrorCategory.InvalidArgument, BaseUri));
            }
            base.BeginProcessing();
        }

        private protected override void ReadDocument(string text, string source, Uri? documentUrl, object target)
        {
            // A page's own web address wins; a file's or string's is -BaseUri when given.
            Uri? pageUrl = documentUrl != null && documentUrl.Scheme != System.Uri.UriSchemeFile ? documentUrl : BaseUri ?? documentUrl;
            IReadOnlyList<FeedLink> links = FeedDiscovery.Find(text, pageUrl);
            WriteVerbose(NameOf(source) + ": " + links.Count + " feed link(s).");
            foreach (FeedLink link in links) WriteObject(link);
            if (!Probe || links.Count > 0 || pageUrl is null || (pageUrl.Scheme != System.Uri.UriSchemeHttp && pageUrl.Scheme != System.Uri.UriSchemeHttps)) return;
            foreach (Uri candidate in CommonFeedPaths.Candidates(pageUrl))
            {
                string? body = Fetch(candidate, target, report: false, out Uri final);
                if (body is null) continue;
                FeedReadResult read = FeedDocumentReader.Read(body, final, new FeedReadOptions { First = 1 });
                if (read.Failure != FeedFailure.None)
                {
                    WriteVerbose(candidate + ": not a feed.");
                    continue;
                }
                WriteObject(new FeedLink { Url = final, Format = read.Format, PageUrl = pageUrl, Title = read.Items.Count > 0 ? read.Items[0].FeedTitle : null });
            }
        }
    }
}
