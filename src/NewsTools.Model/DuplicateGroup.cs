using System;
using System.Collections.Generic;

namespace NewsTools
{
    /// <summary>
    /// One story and its copies, as Group-NewsDuplicate finds them: shaped like Group-Object's groups (Name, Count,
    /// Group), with the members ordered by Published (undated last) and each member's similarity to the first.
    /// </summary>
    public sealed class DuplicateGroup
    {
        /// <summary>Creates a group.</summary>
        public DuplicateGroup(IList<Article> members, IList<double> similarity)
        {
            Group = new List<Article>(members).AsReadOnly();
            Similarity = new List<double>(similarity).AsReadOnly();
        }

        /// <summary>The first member's title (or source when it has none).</summary>
        public string Name => Group.Count == 0 ? string.Empty : Group[0].Title ?? Group[0].Source;

        /// <summary>The number of articles in the group.</summary>
        public int Count => Group.Count;

        /// <summary>The articles, ordered by Published (undated last), then by the order they came in.</summary>
        public IReadOnlyList<Article> Group { get; }

        /// <summary>Each member's similarity to the first (1 for the first; share of equal Simhash bits).</summary>
        public IReadOnlyList<double> Similarity { get; }

        /// <summary>The first member's fingerprint.</summary>
        public string Fingerprint => Group.Count == 0 ? "0000000000000000" : Group[0].Fingerprint;

        /// <inheritdoc />
        public override string ToString() => Name + " (" + Count + ")";
    }
}
