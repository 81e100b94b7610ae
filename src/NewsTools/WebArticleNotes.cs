using System;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>
    /// What a downloaded article records of its download, as note properties (the model's Article is the object model's;
    /// these belong to the way it came): <c>RequestedUrl</c> (the address asked for; <c>Url</c> is the one after
    /// redirects), <c>StatusCode</c>, <c>RefreshUrl</c> (a meta refresh's target, not followed) and <c>AmpUrl</c> (the
    /// &lt;link rel="amphtml"&gt;, not fetched). A canonical address is the article's own CanonicalUrl.
    /// </summary>
    internal static class WebArticleNotes
    {
        /// <summary>Adds the notes to <paramref name="written"/> and says in verbose output what was not followed.</summary>
        public static void Add(PSObject written, Article article, PageDownload download, Action<string> verbose)
        {
            string final = download.FinalUri.ToString();
            string? refresh = download.Hints?.RefreshUri?.ToString();
            string? amp = download.Hints?.AmpUri?.ToString();
            written.Properties.Add(new PSNoteProperty("RequestedUrl", download.RequestedUri.ToString()));
            written.Properties.Add(new PSNoteProperty("StatusCode", download.StatusCode));
            written.Properties.Add(new PSNoteProperty("RefreshUrl", refresh));
            written.Properties.Add(new PSNoteProperty("AmpUrl", amp));
            if (refresh != null) verbose("'" + final + "' has a meta refresh to '" + refresh + "'; it was not followed (see RefreshUrl).");
            if (amp != null) verbose("'" + final + "' has an AMP version at '" + amp + "'; it was not fetched (see AmpUrl).");
            if (article.CanonicalUrl != null && !string.Equals(article.CanonicalUrl, final, StringComparison.Ordinal))
            {
                verbose("'" + final + "' names '" + article.CanonicalUrl + "' as its canonical address; it was not fetched (see CanonicalUrl).");
            }
        }
    }
}
