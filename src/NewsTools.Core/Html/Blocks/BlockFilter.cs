using System.Collections.Generic;
using NewsTools.Text;

namespace NewsTools.Html.Blocks
{
    /// <summary>What the filter says of one block: keep it, or remove it with a reason and the rule that fired.</summary>
    internal readonly struct BlockVerdict
    {
        private BlockVerdict(RemovalReason? reason, string? rule)
        {
            Reason = reason;
            Rule = rule;
        }

        public static BlockVerdict Keep { get; } = new BlockVerdict(null, null);

        public static BlockVerdict Remove(RemovalReason reason, string rule) => new BlockVerdict(reason, rule);

        /// <summary>Null when the block is kept.</summary>
        public RemovalReason? Reason { get; }

        public string? Rule { get; }
    }

    /// <summary>
    /// Decides every block the writer emits (paragraphs, headings, list items, quotes, code, tables and images): the
    /// user's keep and remove patterns first, then the headline repeated at the top of the body, junk phrases
    /// (<see cref="BoilerplateClassifier"/>, for prose blocks) and blocks printed twice. Holds the state of one page.
    /// </summary>
    internal sealed class BlockFilter
    {
        /// <summary>A repeat shorter than this ("Share", "Read more") is not a duplicate block, just a short line.</summary>
        private const int DuplicateMinLength = 30;

        /// <summary>The headline is looked for among the first few kept blocks only.</summary>
        private const int TitleRepeatBlocks = 3;

        private readonly ExtractionOptions _options;
        private readonly string _titleKey;
        private readonly HashSet<string> _seen = new HashSet<string>(System.StringComparer.Ordinal);
        private int _keptProse;

        public BlockFilter(ExtractionOptions options, string? title)
        {
            _options = options;
            _titleKey = title is null ? string.Empty : TextKeys.Alnum(title);
        }

        /// <summary>The verdict on one block; a kept block counts towards the blocks the headline is looked for in.</summary>
        public BlockVerdict Judge(ContentBlock block)
        {
            BlockVerdict v = Decide(block);
            if (v.Reason is null && block.Kind != BlockKind.Image) _keptProse++;
            return v;
        }

        private BlockVerdict Decide(ContentBlock block)
        {
            string text = block.Text;
            foreach (var keep in _options.KeepPatterns)
            {
                if (keep.IsMatch(text)) return BlockVerdict.Keep;
            }
            foreach (var remove in _options.RemovePatterns)
            {
                if (remove.IsMatch(text)) return BlockVerdict.Remove(RemovalReason.UserRule, "RemovePattern");
            }
            // An image is judged by the user's patterns on its alt text alone; the writer already drops a picture seen twice.
            if (block.Kind == BlockKind.Image) return BlockVerdict.Keep;
            bool prose = block.Kind != BlockKind.Table && block.Kind != BlockKind.Preformatted;
            if (_keptProse < TitleRepeatBlocks && _titleKey.Length > 0 && (block.Kind == BlockKind.Heading || block.Kind == BlockKind.Paragraph) && text.Length < 400 && IsTitleRepeat(TextKeys.Alnum(text)))
            {
                return BlockVerdict.Remove(RemovalReason.Title, "title-repeat");
            }
            if (prose)
            {
                RemovalReason? junk = BoilerplateClassifier.Classify(text, out string? rule);
                if (junk.HasValue) return BlockVerdict.Remove(junk.Value, rule ?? "boilerplate-classifier");
            }
            if (text.Length >= DuplicateMinLength && !_seen.Add(text)) return BlockVerdict.Remove(RemovalReason.Duplicate, "repeated-block");
            return BlockVerdict.Keep;
        }

        /// <summary>
        /// The headline repeated at the top of the body, exactly or nearly: metadata titles often carry a
        /// " | Site" suffix or a kicker the heading lacks, so containment covering 60% of the longer also counts.
        /// </summary>
        private bool IsTitleRepeat(string key)
        {
            if (key.Length == 0) return false;
            if (key == _titleKey) return true;
            string shorter = key.Length < _titleKey.Length ? key : _titleKey;
            string longer = key.Length < _titleKey.Length ? _titleKey : key;
            return shorter.Length >= 15 && shorter.Length >= 0.6 * longer.Length && longer.Contains(shorter);
        }
    }
}
