using System;
using System.IO;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>Builds the ErrorRecords the cmdlets write: stable id, fitting category, the input as TargetObject.</summary>
    internal static class Errors
    {
        public static ErrorRecord FileNotFound(string path) =>
            new ErrorRecord(new ItemNotFoundException("Cannot find path '" + path + "' because it does not exist."), ErrorIds.FileNotFound, ErrorCategory.ObjectNotFound, path);

        public static ErrorRecord NotFileSystemPath(string path, string provider) =>
            new ErrorRecord(new ArgumentException("The path '" + path + "' is in the " + provider + " provider; Get-CleanArticle reads only file-system paths."), ErrorIds.NotFileSystemPath, ErrorCategory.InvalidArgument, path);

        public static ErrorRecord PathIsDirectory(string path) =>
            new ErrorRecord(new ArgumentException("The path '" + path + "' is a directory; give files (e.g. '" + Path.Combine(path, "*.html") + "')."), ErrorIds.PathIsDirectory, ErrorCategory.InvalidArgument, path);

        public static ErrorRecord FileReadError(string path, Exception e) =>
            new ErrorRecord(new IOException("Cannot read '" + path + "': " + e.Message, e), ErrorIds.FileReadError, ErrorCategory.ReadError, path);

        public static ErrorRecord InvalidInputObject(object? target, string message) =>
            new ErrorRecord(new ArgumentException(message), ErrorIds.InvalidInputObject, ErrorCategory.InvalidArgument, target);

        public static ErrorRecord EmptyInput(object? target, string message) =>
            new ErrorRecord(new InvalidDataException(message), ErrorIds.EmptyInput, ErrorCategory.InvalidData, target);

        public static ErrorRecord BinaryInput(object? target, string message) =>
            new ErrorRecord(new InvalidDataException(message), ErrorIds.BinaryInput, ErrorCategory.InvalidData, target);
    }
}
