using System;
using System.IO;
using System.Management.Automation;
using NewsTools.Loading;

namespace NewsTools.Commands
{
    /// <summary>Reads one file (gzip unwrapped within the size cap, charset detected) into a document, or an error for it.</summary>
    internal static class FileDocumentReader
    {
        /// <summary>Reads <paramref name="path"/>; <paramref name="limit"/> caps its size in bytes, gzip unwrapped (0 = no cap).</summary>
        public static CollectedItem Read(string path, object target, int limit)
        {
            if (Directory.Exists(path)) return new CollectedItem(Errors.PathIsDirectory(path));
            if (!File.Exists(path)) return new CollectedItem(Errors.FileNotFound(path));
            try
            {
                byte[] bytes = BoundedByteReader.ReadFile(path, limit > 0 ? limit : long.MaxValue);
                return new CollectedItem(new InputDocument(DocumentDecoder.Decode(bytes), path, null, target));
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
