using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>One thing the collector produced: a document to clean, or an error for one input.</summary>
    internal readonly struct CollectedItem
    {
        public CollectedItem(InputDocument document)
        {
            Document = document;
            Error = null;
        }

        public CollectedItem(ErrorRecord error)
        {
            Document = null;
            Error = error;
        }

        private CollectedItem(string warning)
        {
            Document = null;
            Error = null;
            Warning = warning;
        }

        private CollectedItem(string path, Func<CollectedItem> read, bool download)
        {
            Document = null;
            Error = null;
            ReadPath = path;
            Read = read;
            IsDownload = download;
        }

        private CollectedItem(CollectedItem item, IReadOnlyList<string> notes)
        {
            this = item;
            Notes = notes;
        }

        /// <summary>A file to be read later, on the thread that cleans it (-ThrottleLimit): the read gives the document or its error.</summary>
        public static CollectedItem ForRead(string path, Func<CollectedItem> read) => new CollectedItem(path, read, download: false);

        /// <summary>
        /// A URL to be downloaded later, on the thread that cleans it: the read gives the document or its error. Unlike a
        /// file read, a download does not count against -TimeoutSec's cleaning time (it has its own request timeout).
        /// </summary>
        public static CollectedItem ForDownload(string url, Func<CollectedItem> read) => new CollectedItem(url, read, download: true);

        /// <summary>The item with lines to write as verbose output before it (what a download did: redirects, retries).</summary>
        public static CollectedItem WithNotes(CollectedItem item, IReadOnlyList<string> notes) => notes.Count == 0 ? item : new CollectedItem(item, notes);

        /// <summary>Whether the deferred read is a download.</summary>
        public bool IsDownload { get; }

        /// <summary>Verbose lines to write before the item, or null.</summary>
        public IReadOnlyList<string>? Notes { get; }

        /// <summary>The path of a deferred read.</summary>
        public string? ReadPath { get; }

        /// <summary>The deferred read of a file, when this item is one (see <see cref="ForRead"/>).</summary>
        public Func<CollectedItem>? Read { get; }

        /// <summary>A warning about an input that is still cleaned (written before its document).</summary>
        public static CollectedItem ForWarning(string warning) => new CollectedItem(warning);

        public InputDocument? Document { get; }

        public ErrorRecord? Error { get; }

        public string? Warning { get; }
    }
}
