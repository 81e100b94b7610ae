namespace NewsTools
{
    /// <summary>One document to clean: its content and where it came from.</summary>
    public sealed class ArticleInput
    {
        /// <summary>Creates an input.</summary>
        public ArticleInput(string content, string source, string? url = null)
        {
            Content = content;
            Source = source;
            Url = url;
        }

        /// <summary>The page's HTML or the scraped text.</summary>
        public string Content { get; }

        /// <summary>The path, URL or "pipeline".</summary>
        public string Source { get; }

        /// <summary>The page's address, base for relative links; may be null.</summary>
        public string? Url { get; }

        /// <summary>The record inside a container file (WARC, JSON Lines) this input came from: its id, capture date, HTTP status and content type go onto the article. Null otherwise.</summary>
        public Containers.ContainerPage? Record { get; set; }
    }

    /// <summary>Why an input could not be cleaned.</summary>
    public enum ExtractionFailure
    {
        /// <summary>No failure.</summary>
        None = 0,
        /// <summary>The input was empty or whitespace.</summary>
        EmptyInput,
        /// <summary>The input is binary (an image, an archive) rather than text or HTML.</summary>
        BinaryInput,
        /// <summary>The input is longer than <see cref="ExtractionOptions.MaxInputChars"/>; nothing was cleaned.</summary>
        InputTooLarge,
    }

    /// <summary>
    /// An article, or the reason there is none. The core never throws for bad input, with one exception it does not
    /// catch on purpose: a caller's own pattern (<see cref="ExtractionOptions.KeepPatterns"/>,
    /// <see cref="ExtractionOptions.RemovePatterns"/>) that exceeds its match timeout throws
    /// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>, since the caller built that pattern and its
    /// timeout and is the one who can say which parameter it came from.
    /// </summary>
    public sealed class ExtractionResult
    {
        private ExtractionResult(Article? article, ExtractionFailure failure, string? message)
        {
            Article = article;
            Failure = failure;
            Message = message;
        }

        /// <summary>The article when <see cref="Failure"/> is None.</summary>
        public Article? Article { get; }

        /// <summary>The failure kind.</summary>
        public ExtractionFailure Failure { get; }

        /// <summary>A sentence saying what went wrong.</summary>
        public string? Message { get; }

        /// <summary>A success.</summary>
        public static ExtractionResult Success(Article article) => new ExtractionResult(article, ExtractionFailure.None, null);

        /// <summary>A failure with its reason.</summary>
        public static ExtractionResult Failed(ExtractionFailure failure, string message) => new ExtractionResult(null, failure, message);
    }
}
