using System;

namespace NewsTools.Containers
{
    /// <summary>One document found inside a container file (a WARC response record, a JSON Lines object).</summary>
    public sealed class ContainerPage
    {
        /// <summary>The document, decoded to text.</summary>
        public string Content { get; set; } = string.Empty;

        /// <summary>How to read <see cref="Content"/>: Html for WARC pages; Html, Text or Markdown for JSON Lines by field.</summary>
        public InputFormat Format { get; set; } = InputFormat.Auto;

        /// <summary>The page's address (WARC-Target-URI, a JSON Lines url), or null.</summary>
        public string? Url { get; set; }

        /// <summary>The record's id (WARC-Record-ID; a JSON Lines id, else "line N"): with the file, a unique key.</summary>
        public string RecordId { get; set; } = string.Empty;

        /// <summary>When the page was captured (WARC-Date), or null.</summary>
        public DateTimeOffset? Captured { get; set; }

        /// <summary>The HTTP status of a WARC response, or null.</summary>
        public int? HttpStatus { get; set; }

        /// <summary>The HTTP Content-Type of a WARC response ("text/html; charset=utf-8"), or null.</summary>
        public string? ContentType { get; set; }

        /// <summary>Where the record starts in the (decompressed) stream, in bytes; the line number for JSON Lines.</summary>
        public long Position { get; set; }
    }

    /// <summary>A record that could not be read: one error for the user, and the reader goes on with the next record.</summary>
    public sealed class ContainerError
    {
        /// <summary>Creates an error.</summary>
        public ContainerError(string message, long position, string? recordId = null, string? url = null)
        {
            Message = message;
            Position = position;
            RecordId = recordId;
            Url = url;
        }

        /// <summary>What is wrong, for the error message.</summary>
        public string Message { get; }

        /// <summary>Byte offset (WARC) or line number (JSON Lines) of the bad record.</summary>
        public long Position { get; }

        /// <summary>The record's id when it was read before the fault.</summary>
        public string? RecordId { get; }

        /// <summary>The record's address when it was read before the fault.</summary>
        public string? Url { get; }
    }

    /// <summary>What a container reader yields: a page, or an error for one record.</summary>
    public readonly struct ContainerEntry
    {
        private ContainerEntry(ContainerPage? page, ContainerError? error)
        {
            Page = page;
            Error = error;
        }

        /// <summary>The page, or null for an error.</summary>
        public ContainerPage? Page { get; }

        /// <summary>The error, or null for a page.</summary>
        public ContainerError? Error { get; }

        /// <summary>A page entry.</summary>
        public static ContainerEntry Of(ContainerPage page) => new ContainerEntry(page, null);

        /// <summary>An error entry.</summary>
        public static ContainerEntry Of(ContainerError error) => new ContainerEntry(null, error);
    }
}
