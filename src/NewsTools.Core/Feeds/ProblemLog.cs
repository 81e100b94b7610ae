using System.Collections.Generic;
using System.Globalization;

namespace NewsTools.Feeds
{
    /// <summary>
    /// The problems met in one document, counted by kind, so the command writes one warning per document however many
    /// items were damaged (a feed with 50 bad dates is one warning, not 50).
    /// </summary>
    internal sealed class ProblemLog
    {
        private readonly List<string> _order = new List<string>();
        private readonly Dictionary<string, int> _counts = new Dictionary<string, int>();
        private readonly Dictionary<string, string> _examples = new Dictionary<string, string>();

        public const string UndeclaredEntity = "undeclared entities read as HTML entities";
        public const string UnknownEntity = "unknown entities kept as text";
        public const string BareAmpersand = "bare '&' read as '&amp;'";
        public const string ControlCharacter = "control characters (not allowed in XML) dropped";
        public const string BadDate = "dates that could not be read (the item has no date for it)";
        public const string MissingLink = "items without a link";
        public const string TooDeep = "runs of elements nested deeper than 128 levels flattened to their text";

        private string? _truncation;

        /// <summary>Counts one occurrence of <paramref name="kind"/>; the first <paramref name="example"/> is quoted in the warning.</summary>
        public void Note(string kind, string? example = null)
        {
            if (_counts.TryGetValue(kind, out int n))
            {
                _counts[kind] = n + 1;
                return;
            }
            _counts[kind] = 1;
            _order.Add(kind);
            if (example != null) _examples[kind] = example.Length > 40 ? example.Substring(0, 40) + "..." : example;
        }

        /// <summary>The document broke off (or broke) where the message says: the items before it were kept.</summary>
        public void Truncated(string where) => _truncation = where;

        /// <summary>How many times <paramref name="kind"/> was noted.</summary>
        public int Count(string kind) => _counts.TryGetValue(kind, out int n) ? n : 0;

        /// <summary>One sentence for the whole document, or null when nothing was wrong.</summary>
        public string? Summary(int itemsKept)
        {
            var parts = new List<string>();
            if (_truncation != null) parts.Add(_truncation + "; the " + itemsKept.ToString(CultureInfo.InvariantCulture) + " item(s) read before it were kept");
            foreach (string kind in _order)
            {
                string part = _counts[kind].ToString(CultureInfo.InvariantCulture) + " " + kind;
                if (_examples.TryGetValue(kind, out string? example)) part += " (first: '" + example + "')";
                parts.Add(part);
            }
            return parts.Count == 0 ? null : string.Join("; ", parts) + ".";
        }
    }
}
