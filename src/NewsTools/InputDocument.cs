namespace NewsTools.Commands
{
    /// <summary>One document gathered from the pipeline or a file: the core's input plus what the user gave.</summary>
    internal sealed class InputDocument
    {
        public InputDocument(string content, string source, string? url, object target)
        {
            Input = new ArticleInput(content, source, url);
            Target = target;
        }

        /// <summary>The decoded text or HTML with its source and URL, as the core takes it.</summary>
        public ArticleInput Input { get; }

        /// <summary>What the user gave, for an error's TargetObject.</summary>
        public object Target { get; }

        /// <summary>How a downloaded page came (-Uri, piped URLs), or null for every other input.</summary>
        public PageDownload? Download { get; set; }
    }
}
