using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace NewsTools.Commands
{
    /// <summary>
    /// <para type="synopsis">Groups articles that are copies of one story (near duplicates by their Simhash fingerprints).</para>
    /// <para type="description">Works like Group-Object: one NewsTools.DuplicateGroup per story, its members ordered by Published and each with its similarity to the first.</para>
    /// </summary>
    /// <remarks>
    /// Streaming and sub-quadratic: each article is indexed as it arrives under the d + 1 bands of its 64-bit fingerprint,
    /// where d is the largest Hamming distance the threshold allows (0.9: 6 bits, so 7 bands). Two fingerprints within d
    /// bits agree on at least one band (pigeonhole), so only articles sharing a band value are compared, and every pair
    /// within the threshold is found. The lead (the first <see cref="LeadTokens"/> words) is indexed the same way, so a copy
    /// cut short by a paywall or missing its last paragraphs, which moves the whole text's fingerprint, still groups by its
    /// lead (only texts of at least <see cref="MinLeadTokens"/> words). Groups are the connected components (union-find),
    /// so a chain of near copies is one group. Exact copies (equal ContentHash) always group. Articles with no text stay alone. Only the fingerprints,
    /// bands and the articles themselves are held; the groups are written at the end, when they are complete.
    /// </remarks>
    [Cmdlet(VerbsData.Group, "NewsDuplicate", HelpUri = "https://github.com/newstools/NewsTools#duplicates")]
    [OutputType(typeof(DuplicateGroup))]
    public sealed class GroupNewsDuplicateCommand : PSCmdlet
    {
        /// <summary>The articles (from Get-CleanArticle).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowNull]
        public Article?[] InputObject { get; set; } = Array.Empty<Article?>();

        /// <summary>The least share of equal fingerprint bits for two articles to be copies: 0.9 by default (6 of 64 bits may differ).</summary>
        [Parameter]
        [ValidateRange(0.5, 1.0)]
        public double Threshold { get; set; } = 0.9;

        /// <summary>Write only the groups with two or more articles.</summary>
        [Parameter]
        public SwitchParameter DuplicatesOnly { get; set; }

        /// <summary>Words of the lead fingerprint: about two paragraphs, what a paywall teaser still shows.</summary>
        private const int LeadTokens = 60;

        /// <summary>Texts shorter than this have no lead fingerprint (a short text's lead is the whole of it).</summary>
        private const int MinLeadTokens = 40;

        private readonly List<Article> _articles = new List<Article>();
        private readonly List<ulong> _leads = new List<ulong>();
        private Dictionary<ulong, List<int>>[] _leadBands = Array.Empty<Dictionary<ulong, List<int>>>();
        private readonly List<ulong> _prints = new List<ulong>();
        private readonly List<int> _parent = new List<int>();
        private readonly Dictionary<string, int> _byHash = new Dictionary<string, int>(StringComparer.Ordinal);
        private Dictionary<ulong, List<int>>[] _bands = Array.Empty<Dictionary<ulong, List<int>>>();
        private int[] _bandStart = Array.Empty<int>();
        private int[] _bandWidth = Array.Empty<int>();
        private int _maxDistance;

        /// <summary>Sets up the bands for the threshold.</summary>
        protected override void BeginProcessing()
        {
            _maxDistance = (int)Math.Floor((1.0 - Threshold) * 64 + 1e-9);
            int bands = _maxDistance + 1;
            _bands = new Dictionary<ulong, List<int>>[bands];
            _leadBands = new Dictionary<ulong, List<int>>[bands];
            _bandStart = new int[bands];
            _bandWidth = new int[bands];
            int start = 0;
            for (int b = 0; b < bands; b++)
            {
                int width = 64 / bands + (b < 64 % bands ? 1 : 0);
                _bandStart[b] = start;
                _bandWidth[b] = width;
                start += width;
                _bands[b] = new Dictionary<ulong, List<int>>();
                _leadBands[b] = new Dictionary<ulong, List<int>>();
            }
        }

        /// <summary>Indexes each article and joins it to the copies seen so far.</summary>
        protected override void ProcessRecord()
        {
            foreach (Article? article in InputObject)
            {
                if (article is null) continue;
                int id = _articles.Count;
                _articles.Add(article);
                _parent.Add(id);
                ulong print = article.WordCount == 0 ? 0 : Parse(article.Fingerprint);
                _prints.Add(print);
                // The lead's fingerprint and the text's token count come from one pass over the text.
                int tokens = 0;
                ulong lead = article.WordCount >= MinLeadTokens ? Fingerprint.Simhash(article.Text, LeadTokens, out tokens) : 0;
                bool hasLead = tokens >= MinLeadTokens;
                if (!hasLead) lead = 0;
                _leads.Add(lead);
                if (article.WordCount == 0) continue;
                if (hasLead) Index(_leadBands, _leads, id, lead);

                // Equal words are the same story; an article with no text has no words to compare.
                if (article.Text.Length > 0 && !string.IsNullOrEmpty(article.ContentHash))
                {
                    if (_byHash.TryGetValue(article.ContentHash!, out int same)) Union(id, same);
                    else _byHash[article.ContentHash!] = id;
                }
                Index(_bands, _prints, id, print);
            }
        }

        /// <summary>Files <paramref name="id"/> under each band of <paramref name="print"/>, joining it to the articles already there within the distance.</summary>
        private void Index(Dictionary<ulong, List<int>>[] bands, List<ulong> prints, int id, ulong print)
        {
            for (int b = 0; b < bands.Length; b++)
            {
                ulong key = (print >> _bandStart[b]) & (_bandWidth[b] == 64 ? ulong.MaxValue : (1UL << _bandWidth[b]) - 1);
                if (!bands[b].TryGetValue(key, out List<int>? bucket)) bands[b][key] = bucket = new List<int>();
                foreach (int other in bucket)
                {
                    if (Find(other) != Find(id) && Fingerprint.Distance(print, prints[other]) <= _maxDistance) Union(id, other);
                }
                bucket.Add(id);
            }
        }

        /// <summary>Writes the groups, in the order their first article came in.</summary>
        protected override void EndProcessing()
        {
            var members = new Dictionary<int, List<int>>();
            var order = new List<int>();
            for (int i = 0; i < _articles.Count; i++)
            {
                int root = Find(i);
                if (!members.TryGetValue(root, out List<int>? list))
                {
                    members[root] = list = new List<int>();
                    order.Add(root);
                }
                list.Add(i);
            }
            foreach (int root in order)
            {
                List<int> ids = members[root];
                if (DuplicatesOnly && ids.Count < 2) continue;
                // Published first (undated last), then arrival: a stable order.
                ids.Sort((x, y) =>
                {
                    DateTimeOffset? a = _articles[x].Published, b = _articles[y].Published;
                    if (a.HasValue != b.HasValue) return a.HasValue ? -1 : 1;
                    int c = a.HasValue ? a.Value.CompareTo(b!.Value) : 0;
                    return c != 0 ? c : x.CompareTo(y);
                });
                var group = new List<Article>(ids.Count);
                var similarity = new List<double>(ids.Count);
                foreach (int i in ids)
                {
                    group.Add(_articles[i]);
                    similarity.Add(Math.Round(Fingerprint.Similarity(_prints[ids[0]], _prints[i]), 4));
                }
                WriteObject(new DuplicateGroup(group, similarity));
            }
        }

        private static ulong Parse(string hex)
        {
            try
            {
                return Fingerprint.Parse(hex);
            }
            catch (FormatException)
            {
                return 0;
            }
        }

        private int Find(int i)
        {
            // Iterative, with path halving: no recursion on the input's size.
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }
            return i;
        }

        private void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra == rb) return;
            // The earlier article stays the root.
            if (ra < rb) _parent[rb] = ra;
            else _parent[ra] = rb;
        }
    }
}
