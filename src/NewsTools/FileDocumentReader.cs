using System;
using System.IO;
using System.Management.Automation;
using NewsTools.Loading;

namespace NewsTools.Commands
{
    /// <summary>Reads one file (gzip unwrapped, charset detected) into a document, or an error for it.</summary>
    internal static class FileDocumentReader
    {
        public static CollectedItem Read(string path, object target)
        {
            if (Directory.Exists(path)) return new CollectedItem(Errors.PathIsDirectory(path));
            if (!File.Exists(path)) return new CollectedItem(Errors.FileNotFound(path));
            try
            {
                byte[] bytes = File.ReadAllBytes(path);
                return new CollectedItem(new InputDocument(DocumentDecoder.Decode(bytes), path, null, target));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is InvalidDataException || e is NotSupportedException)
            {
                return new CollectedItem(Errors.FileReadError(path, e));
            }
        }
    }
}
