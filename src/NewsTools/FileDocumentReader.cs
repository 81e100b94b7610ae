using System;
using System.IO;
using System.Management.Automation;
using NewsTools.Loading;

namespace NewsTools.Commands
{
    /// <summary>Reads one file (gzip unwrapped within the size cap, charset detected) into a document, or an error for it.</summary>
    internal static class FileDocumentReader
    {
        /// <summary>
        /// Reads <paramref name="path"/>; <paramref name="limit"/> caps its size in bytes, gzip unwrapped (0 = no cap);
        /// <paramref name="charset"/> is -Encoding's (a byte-order mark still wins), or null to detect it.
        /// </summary>
        public static CollectedItem Read(string path, object target, int limit, string? charset = null)
        {
            if (Directory.Exists(path)) return new CollectedItem(Errors.PathIsDirectory(path));
            if (!File.Exists(path)) return new CollectedItem(Errors.FileNotFound(path));
            try
            {
                byte[] bytes = BoundedByteReader.ReadFile(path, limit > 0 ? limit : long.MaxValue);
                return new CollectedItem(new InputDocument(DocumentDecoder.Decode(bytes, charset), path, null, target));
            }
            catch (InputTooLargeException e)
            {
                return new CollectedItem(Errors.InputTooLarge(target, "'" + path + "'", e.Message));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException || e is NotSupportedException)
            {
                return new CollectedItem(Errors.FileReadError(path, e));
            }
        }
    }
}
