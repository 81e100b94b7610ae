using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using NewsTools.Web;

namespace NewsTools.Commands
{
    /// <summary>
    /// A download that failed: the exception of every web error Get-CleanArticle writes, with the HTTP status code when
    /// a response came, so a script can branch on <c>$_.Exception.StatusCode</c>.
    /// </summary>
    public sealed class PageDownloadException : IOException
    {
        /// <summary>An exception for the download of <paramref name="uri"/>.</summary>
        public PageDownloadException(string message, Uri uri, int statusCode, Exception? inner)
            : base(message, inner)
        {
            Uri = uri;
            StatusCode = statusCode;
        }

        /// <summary>The address asked for.</summary>
        public Uri Uri { get; }

        /// <summary>The HTTP status of the last response; 0 when none came (a name that does not resolve, a refused connection, a timeout).</summary>
        public int StatusCode { get; }
    }

    /// <summary>The ErrorRecords of failed downloads: one stable id per kind of failure, the URL as TargetObject.</summary>
    internal static class WebErrors
    {
        /// <summary>The error for a failed download; <paramref name="target"/> is the URL as the user gave it.</summary>
        public static ErrorRecord DownloadFailed(object target, FetchResult r)
        {
            string id;
            ErrorCategory category;
            string advice = string.Empty;
            switch (r.Failure)
            {
                case FetchFailure.UnsupportedUri:
                    id = ErrorIds.UnsupportedUri; category = ErrorCategory.InvalidArgument; break;
                case FetchFailure.NameResolution:
                    id = ErrorIds.NameResolutionFailed; category = ErrorCategory.ConnectionError; break;
                case FetchFailure.ConnectionFailed:
                    id = ErrorIds.ConnectionFailed; category = ErrorCategory.ConnectionError; break;
                case FetchFailure.Timeout:
                    id = ErrorIds.WebRequestTimeout; category = ErrorCategory.OperationTimeout; advice = " Raise -TimeoutSec to wait longer."; break;
                case FetchFailure.TooManyRedirects:
                    id = ErrorIds.TooManyRedirects; category = ErrorCategory.LimitsExceeded; break;
                case FetchFailure.RedirectLoop:
                    id = ErrorIds.RedirectLoop; category = ErrorCategory.InvalidResult; break;
                case FetchFailure.TooLarge:
                    id = ErrorIds.ResponseTooLarge; category = ErrorCategory.LimitsExceeded; advice = " Raise -MaximumSize to download it."; break;
                case FetchFailure.UnsupportedContentType:
                    id = ErrorIds.UnsupportedContentType; category = ErrorCategory.InvalidType; break;
                default:
                    id = ErrorIds.HttpError; category = HttpCategory(r.StatusCode); break;
            }
            string attempts = r.Attempts > 1 ? " (" + r.Attempts.ToString(CultureInfo.InvariantCulture) + " attempts)" : string.Empty;
            string status = r.StatusCode == 0 && r.Failure != FetchFailure.UnsupportedUri ? " No HTTP status: no response came." : string.Empty;
            var exception = new PageDownloadException(r.Message + attempts + status + advice, r.RequestedUri, r.StatusCode, r.Exception);
            return new ErrorRecord(exception, id, category, target);
        }

        /// <summary>A -Uri that is not http or https, named as the user gave it.</summary>
        public static ErrorRecord UnsupportedUri(object target, string text) =>
            new ErrorRecord(new ArgumentException("'" + text + "' is not an absolute http or https address; Get-CleanArticle downloads only http and https."),
                ErrorIds.UnsupportedUri, ErrorCategory.InvalidArgument, target);

        /// <summary>404 and 410: not found; 401, 403, 451: denied; 408, 429, 5xx: unavailable now; any other: an invalid result.</summary>
        private static ErrorCategory HttpCategory(int status)
        {
            switch (status)
            {
                case 404:
                case 410:
                    return ErrorCategory.ObjectNotFound;
                case 401:
                case 403:
                case 451:
                    return ErrorCategory.PermissionDenied;
                case 408:
                case 429:
                    return ErrorCategory.ResourceUnavailable;
                default:
                    return status >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.InvalidResult;
            }
        }
    }
}
