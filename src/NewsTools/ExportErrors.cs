using System;
using System.IO;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>The ErrorRecords Export-NewsArticle writes: stable id (ErrorIds), fitting category, the path or input as TargetObject.</summary>
    internal static class ExportErrors
    {
        /// <summary>ResourceExists: a finished run's output is not overwritten by accident.</summary>
        public static ErrorRecord OutputFileExists(string path) =>
            new ErrorRecord(new IOException("The file '" + path + "' already exists. Use -Force to overwrite it, -Append to add to it, or -Resume to add only the articles not in it yet."),
                ErrorIds.OutputFileExists, ErrorCategory.ResourceExists, path);

        public static ErrorRecord OutputOpenFailed(string path, Exception e) =>
            new ErrorRecord(new IOException("Cannot write '" + path + "': " + e.Message, e), ErrorIds.OutputOpenFailed, ErrorCategory.OpenError, path);

        public static ErrorRecord OutputWriteFailed(string path, Article article, Exception e) =>
            new ErrorRecord(new IOException("Writing to '" + path + "' failed at " + article.Source + ": " + e.Message + " The records before it are complete; rerun with -Resume.", e),
                ErrorIds.OutputWriteFailed, ErrorCategory.WriteError, article);

        public static ErrorRecord NotAnArticle(PSObject? input) =>
            new ErrorRecord(new ArgumentException("Export-NewsArticle writes NewsTools.Article objects (from Get-CleanArticle); it was given " +
                (input?.BaseObject is null ? "null" : "a " + input.BaseObject.GetType().FullName) + "."), ErrorIds.NotAnArticle, ErrorCategory.InvalidArgument, input);

        public static ErrorRecord InvalidField(string name, string valid) =>
            new ErrorRecord(new ArgumentException("'" + name + "' is not a key of the export record. Valid names (any case): *, " + valid + "."),
                ErrorIds.InvalidField, ErrorCategory.InvalidArgument, name);

        public static ErrorRecord ConflictingParameters(string message) =>
            new ErrorRecord(new ArgumentException(message), ErrorIds.ConflictingParameters, ErrorCategory.InvalidArgument, null);

        public static ErrorRecord NotFileSystemPath(string path, string provider) =>
            new ErrorRecord(new ArgumentException("The path '" + path + "' is in the " + provider + " provider; Export-NewsArticle writes only file-system paths (or - for standard output)."),
                ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path);

        public static ErrorRecord PathIsDirectory(string path) =>
            new ErrorRecord(new ArgumentException("The path '" + path + "' is a directory; give a file name such as '" + Path.Combine(path, "articles.jsonl") + "'."),
                ErrorIds.PathIsDirectory, ErrorCategory.InvalidArgument, path);
    }
}
