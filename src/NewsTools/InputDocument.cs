namespace NewsTools.Commands
{
    /// <summary>One document gathered from the pipeline or a file, ready for the core.</summary>
    internal sealed class InputDocument
    {
        public InputDocument(string content, string source, string? url, object target)
        {
            Content = content;
            Source = source;
            Url = url;
            Target = target;
        }

        /// <summary>The decoded text or HTML.</summary>
        public string Content { get; }

        /// <summary>Path, URL or "pipeline".</summary>
        public string Source { get; }

        /// <summary>The page address, if known.</summary>
        public string? Url { get; }

        /// <summary>What the user gave, for an error's TargetObject.</summary>
        public object Target { get; }
    }
}
