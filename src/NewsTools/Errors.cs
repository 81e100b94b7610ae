using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text.RegularExpressions;

namespace NewsTools.Commands
{
    /// <summary>Builds the ErrorRecords the cmdlets write: stable id, fitting category, the input as TargetObject.</summary>
    internal static class Errors
    {
        /// <summary>InvalidData: the input was read, and it is not a feed or sitemap; the message says what it is.</summary>
        public static ErrorRecord NotAFeed(object? target, string source, string message) =>
            new ErrorRecord(new InvalidDataException(source + " is not a feed or sitemap: " + message), ErrorIds.NotAFeed, ErrorCategory.InvalidData, target);

        /// <summary>InvalidData: a feed, but broken before any item could be read.</summary>
        public static ErrorRecord FeedUnreadable(object? target, string source, string message) =>
            new ErrorRecord(new InvalidDataException(source + ": " + message), ErrorIds.FeedUnreadable, ErrorCategory.InvalidData, target);

        /// <summary>NotImplemented: fetching is not wired yet; the message says how to get the document meanwhile.</summary>
        public static ErrorRecord FeedUrlNotFetched(Uri url, string command) =>
            new ErrorRecord(new NotSupportedException("'" + url.OriginalString + "' is a URL; " + command + " does not fetch URLs yet. Download it first: " +
                "Invoke-WebRequest '" + url.OriginalString + "' | " + command + "."), ErrorIds.FeedUrlNotFetched, ErrorCategory.NotImplemented, url);

        /// <summary>InvalidArgument: an address this command can never fetch (another scheme, or relative).</summary>
        public static ErrorRecord InvalidFeedUri(object target, string text) =>
            new ErrorRecord(new ArgumentException("'" + text + "' is not an absolute http or https address."), ErrorIds.InvalidFeedUri, ErrorCategory.InvalidArgument, target);

        /// <summary>NotSpecified: the cause is a bug, not the input's fault; the original exception is inside.</summary>
        public static ErrorRecord FeedReadFailed(object? target, string source, Exception e) =>
            new ErrorRecord(new InvalidOperationException("Reading " + source + " failed unexpectedly (" + e.GetType().Name + ": " + e.Message +
                "). This is a NewsTools bug; the run goes on with the next input.", e), ErrorIds.FeedReadFailed, ErrorCategory.NotSpecified, target);

        public static ErrorRecord FileNotFound(string path) =>
            new ErrorRecord(new ItemNotFoundException("Cannot find path '" + path + "' because it does not exist."), ErrorIds.FileNotFound, ErrorCategory.ObjectNotFound, path);

        public static ErrorRecord NotFileSystemPath(string path, string provider) =>
            new ErrorRecord(new ArgumentException("The path '" + path + "' is in the " + provider + " provider; Get-CleanArticle reads only file-system paths."), ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path);

        public static ErrorRecord PathIsDirectory(string path) =>
            new ErrorRecord(new ArgumentException("The path '" + path + "' is a directory; give files (e.g. '" + Path.Combine(path, "*.html") + "')."), ErrorIds.PathIsDirectory, ErrorCategory.InvalidArgument, path);

        public static ErrorRecord FileReadError(string path, Exception e) =>
            new ErrorRecord(new IOException("Cannot read '" + path + "': " + e.Message, e), ErrorIds.FileReadError, ErrorCategory.ReadError, path);

        /// <summary>InvalidData: one record of a container file is damaged; the target is the file, the message names the record.</summary>
        public static ErrorRecord ContainerRecordInvalid(string path, NewsTools.Containers.ContainerError error)
        {
            string where = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || error.RecordId is null
                ? (path.IndexOf(".warc", StringComparison.OrdinalIgnoreCase) >= 0 ? "at byte " : "at line ") + error.Position.ToString(CultureInfo.InvariantCulture)
                : "record " + error.RecordId;
            if (error.RecordId != null && !where.StartsWith("record", StringComparison.Ordinal)) where += " (record " + error.RecordId + ")";
            if (error.Url != null) where += " for " + error.Url;
            return new ErrorRecord(new InvalidDataException("'" + path + "' " + where + ": " + error.Message + "."), ErrorIds.ContainerRecordInvalid, ErrorCategory.InvalidData, path);
        }

        public static ErrorRecord InvalidInputObject(object? target, string message) =>
            new ErrorRecord(new ArgumentException(message), ErrorIds.InvalidInputObject, ErrorCategory.InvalidArgument, target);

        public static ErrorRecord EmptyInput(object? target, string message) =>
            new ErrorRecord(new InvalidDataException(message), ErrorIds.EmptyInput, ErrorCategory.InvalidData, target);

        public static ErrorRecord BinaryInput(object? target, string message) =>
            new ErrorRecord(new InvalidDataException(message), ErrorIds.BinaryInput, ErrorCategory.InvalidData, target);

        /// <summary>
        /// LimitsExceeded, not InvalidData: the input may be a fine document; it is refused because of a limit the user
        /// can raise, and the message says which.
        /// </summary>
        public static ErrorRecord InputTooLarge(object? target, string source, string message) =>
            new ErrorRecord(new InputTooLargeException(source + ": " + message + " Nothing of it was cleaned; raise -MaximumInputSize to clean it."),
                ErrorIds.InputTooLarge, ErrorCategory.LimitsExceeded, target);

        /// <summary>NotImplemented: a URL is a fair input that this version does not fetch; the message says what to do instead.</summary>
        public static ErrorRecord UrlNotFetched(string url) =>
            new ErrorRecord(new NotSupportedException("'" + url + "' is a URL; Get-CleanArticle does not fetch URLs yet. Download it first: " +
                "Invoke-WebRequest '" + url + "' | Get-CleanArticle."), ErrorIds.UrlNotFetched, ErrorCategory.NotImplemented, url);

        /// <summary>
        /// OperationTimeout, not LimitsExceeded: what happened is that one match ran out of time (the exception is a
        /// timeout, and the user's fix is a pattern that does not backtrack, not a bigger limit: there is no parameter to raise).
        /// </summary>
        public static ErrorRecord PatternTimeout(object? target, string source, string parameter, RegexMatchTimeoutException e) =>
            new ErrorRecord(new TimeoutException("-" + parameter + " '" + e.Pattern + "' took longer than " + e.MatchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) +
                " s on one line or block of " + source + "; this input was skipped. A pattern with nested repeats such as (a+)+ or (a|aa)+ " +
                "backtracks without end on some text: rewrite it without them.", e),
                ErrorIds.PatternTimeout, ErrorCategory.OperationTimeout, target);

        public static ErrorRecord ExtractionTimeout(object? target, string source, int seconds) =>
            new ErrorRecord(new TimeoutException("Cleaning " + source + " took longer than -TimeoutSec " + seconds.ToString(CultureInfo.InvariantCulture) +
                "; it was abandoned and the run goes on."), ErrorIds.ExtractionTimeout, ErrorCategory.OperationTimeout, target);

        /// <summary>
        /// InvalidData, as for NotAFeed: the input was read and cleaned, and it is a kind of page the user did not ask for
        /// (a fault of the data against the request, not a wrong result of the command, which InvalidResult would say).
        /// </summary>
        public static ErrorRecord NotAnArticle(object? target, string source, string found, string evidence, string wanted) =>
            new ErrorRecord(new InvalidDataException(source + " is a " + found + " page (" + evidence + "), not " + wanted +
                " as -PageType asks; add -SkipOther to skip such pages silently."), ErrorIds.NotAnArticle, ErrorCategory.InvalidData, target);

        /// <summary>NotSpecified: the cause is a bug, not the input's fault; the original exception is inside, for the report.</summary>
        public static ErrorRecord ExtractionFailed(object? target, string source, Exception e) =>
            new ErrorRecord(new InvalidOperationException("Cleaning " + source + " failed unexpectedly (" + e.GetType().Name + ": " + e.Message +
                "). This is a NewsTools bug; the run goes on with the next input.", e), ErrorIds.ExtractionFailed, ErrorCategory.NotSpecified, target);
    }
}
