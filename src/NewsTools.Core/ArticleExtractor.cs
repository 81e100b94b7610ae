using System;
using NewsTools.Pipeline;

namespace NewsTools
{
    /// <summary>
    /// The core's entry point: cleans one document (HTML or scraped text) into an <see cref="Article"/>. The stages
    /// are in <see cref="ExtractionPipeline"/>. Holds no state: one instance may serve many runspaces at once.
    /// </summary>
    public sealed class ArticleExtractor
    {
        private readonly ExtractionOptions _options;
        private readonly ExtractionPipeline _pipeline;

        /// <summary>Creates an extractor with the given options and, optionally, a memo shared with other extractors.</summary>
        public ArticleExtractor(ExtractionOptions? options = null, ExtractionMemo? memo = null)
        {
            _options = options ?? ExtractionOptions.Default;
            _pipeline = new ExtractionPipeline(_options, (memo ?? new ExtractionMemo()).Memos);
        }

        /// <summary>The options this extractor runs with.</summary>
        public ExtractionOptions Options => _options;

        /// <summary>Cleans one document. Never throws for bad input: a failure comes back as a reason.</summary>
        public ExtractionResult Extract(ArticleInput input)
        {
            if (input is null) throw new ArgumentNullException(nameof(input));
            return _pipeline.Run(input);
        }
    }
}
