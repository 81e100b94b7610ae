namespace NewsTools.Commands
{
    /// <summary>Stable error ids; a FullyQualifiedErrorId is "&lt;id&gt;,NewsTools.Commands.GetCleanArticleCommand".</summary>
    internal static class ErrorIds
    {
        /// <summary>Get-NewsFeed: an input that is not a feed or sitemap at all (InvalidData).</summary>
        public const string NotAFeed = "NotAFeed";

        /// <summary>Get-NewsFeed: a feed broken before its first item, so nothing could be read (InvalidData).</summary>
        public const string FeedUnreadable = "FeedUnreadable";

        /// <summary>Get-NewsFeed, Find-NewsFeed: a URL, which this version does not fetch yet (NotImplemented).</summary>
        public const string FeedUrlNotFetched = "FeedUrlNotFetched";

        /// <summary>Get-NewsFeed, Find-NewsFeed: a -Uri that is not an absolute http or https address (InvalidArgument).</summary>
        public const string InvalidFeedUri = "InvalidFeedUri";

        /// <summary>Get-NewsFeed, Find-NewsFeed: an unexpected exception while reading one document: a bug, reported for that input only (NotSpecified).</summary>
        public const string FeedReadFailed = "FeedReadFailed";

        /// <summary>A path that does not exist (ObjectNotFound).</summary>
        public const string FileNotFound = "FileNotFound";

        /// <summary>A path in a provider other than the file system (InvalidArgument).</summary>
        public const string NotFileSystemPath = "NotFileSystemPath";

        /// <summary>A path that is a directory (InvalidArgument).</summary>
        public const string PathIsDirectory = "PathIsDirectory";

        /// <summary>A file that could not be read (ReadError).</summary>
        public const string FileReadError = "FileReadError";

        /// <summary>A pipeline object we cannot use (InvalidArgument).</summary>
        public const string InvalidInputObject = "InvalidInputObject";

        /// <summary>Empty or whitespace-only input (InvalidData).</summary>
        public const string EmptyInput = "EmptyInput";

        /// <summary>Binary input such as an image or archive (InvalidData).</summary>
        public const string BinaryInput = "BinaryInput";

        /// <summary>An input longer than -MaximumInputSize, or a .gz that expands past it (LimitsExceeded).</summary>
        public const string InputTooLarge = "InputTooLarge";

        /// <summary>No longer written: piped URLs are downloaded since -Uri came (kept so the id stays reserved).</summary>
        public const string UrlNotFetched = "UrlNotFetched";

        /// <summary>A -KeepPattern or -RemovePattern that took longer than its match timeout on one input (OperationTimeout).</summary>
        public const string PatternTimeout = "PatternTimeout";

        /// <summary>Cleaning one input took longer than -TimeoutSec (OperationTimeout).</summary>
        public const string ExtractionTimeout = "ExtractionTimeout";

        /// <summary>An unexpected exception while cleaning one input: a bug, reported for that input only (NotSpecified).</summary>
        public const string ExtractionFailed = "ExtractionFailed";

        /// <summary>A -KeepPattern or -RemovePattern that is not a valid regular expression (terminating, InvalidArgument).</summary>
        public const string InvalidPattern = "InvalidPattern";

        /// <summary>A -RemoveSelector or -ContentSelector that is not a valid CSS selector (terminating, InvalidArgument).</summary>
        public const string InvalidSelector = "InvalidSelector";

        /// <summary>A damaged record inside a WARC or JSON Lines file; the records after it are read (InvalidData).</summary>
        public const string ContainerRecordInvalid = "ContainerRecordInvalid";

        /// <summary>A -Shard that is not "i/n" with 0 &lt;= i &lt; n (terminating, InvalidArgument).</summary>
        public const string InvalidShard = "InvalidShard";

        /// <summary>A -BaseUri that is not an absolute http(s) or file address (terminating, InvalidArgument).</summary>
        public const string InvalidBaseUri = "InvalidBaseUri";

        /// <summary>A -Uri (or piped URL) that is not an absolute http or https address, or redirects to one (InvalidArgument).</summary>
        public const string UnsupportedUri = "UnsupportedUri";

        /// <summary>A URL whose host name does not resolve (ConnectionError).</summary>
        public const string NameResolutionFailed = "NameResolutionFailed";

        /// <summary>A URL whose server could not be reached, or broke the connection, after any retries (ConnectionError).</summary>
        public const string ConnectionFailed = "ConnectionFailed";

        /// <summary>A request that took longer than -TimeoutSec (OperationTimeout).</summary>
        public const string WebRequestTimeout = "WebRequestTimeout";

        /// <summary>A URL answered with an error status (4xx, 5xx) after any retries; the status code is in the message (by status: ObjectNotFound, PermissionDenied, ResourceUnavailable, InvalidResult).</summary>
        public const string HttpError = "HttpError";

        /// <summary>More than 10 redirects (LimitsExceeded).</summary>
        public const string TooManyRedirects = "TooManyRedirects";

        /// <summary>A redirect back to an address already in the chain (InvalidResult).</summary>
        public const string RedirectLoop = "RedirectLoop";

        /// <summary>A response body larger than -MaximumSize: cut off, nothing cleaned (LimitsExceeded).</summary>
        public const string ResponseTooLarge = "ResponseTooLarge";

        /// <summary>A response that is not a page (an image, a PDF, JSON...) by its Content-Type (InvalidType).</summary>
        public const string UnsupportedContentType = "UnsupportedContentType";

        /// <summary>A -Proxy that is not an absolute http address, or -Proxy with -NoProxy (terminating, InvalidArgument).</summary>
        public const string InvalidProxy = "InvalidProxy";
        /// <summary>Export-NewsArticle: the output file exists and neither -Force, -Append nor -Resume was given (terminating, ResourceExists).</summary>
        public const string OutputFileExists = "OutputFileExists";

        /// <summary>Export-NewsArticle: the output could not be opened or prepared (terminating, OpenError).</summary>
        public const string OutputOpenFailed = "OutputOpenFailed";

        /// <summary>Export-NewsArticle: writing a record failed, e.g. a full disk (terminating, WriteError; the article is the target).</summary>
        public const string OutputWriteFailed = "OutputWriteFailed";

        /// <summary>
        /// Export-NewsArticle: a pipeline object that is not a NewsTools.Article (InvalidArgument; the run goes on).
        /// Get-CleanArticle -PageType: a page of another type than asked for (InvalidData); -SkipOther skips it instead.
        /// </summary>
        public const string NotAnArticle = "NotAnArticle";

        /// <summary>Export-NewsArticle: a -Fields name that is not a key of the record (terminating, InvalidArgument).</summary>
        public const string InvalidField = "InvalidField";

        /// <summary>Export-NewsArticle: parameters that cannot go together (terminating, InvalidArgument).</summary>
        public const string ConflictingParameters = "ConflictingParameters";
    }

    /// <summary>Parameter-set names, used by the attributes and the code alike.</summary>
    internal static class ParameterSets
    {
        public const string Path = "Path";
        public const string LiteralPath = "LiteralPath";
        public const string InputObject = "InputObject";
        public const string Uri = "Uri";
    }
}
