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
    /// Streaming and sub-quadratic: each article is indexed as it arrives under the bands of its 64-bit fingerprint (four
    /// 16-bit bands looked up within 1 or 2 bits for most thresholds, else d + 1 exact bands), where d is the largest Hamming
    /// distance the threshold allows (0.9: 6 bits). Two fingerprints within d bits differ by at most the radius on at
    /// least one band (pigeonhole), so only articles whose band keys are that close are compared, and every pair within
    /// the threshold is found. The lead (the first <see cref="LeadTokens"/> words) is indexed the same way, so a copy
    /// cut short by a paywall or missing its last paragraphs, which moves the whole text's fingerprint, still groups by its
    /// lead (only texts of at least <see cref="MinLeadTokens"/> words). Groups are the connected components (union-find),
    /// so a chain of near copies is one group. Exact copies (equal ContentHash) always group. Articles with no text stay alone. Only the fingerprints,
    /// bands and the articles themselves are held; the groups are written at the end, when they are complete.
    /// </remarks>
    [Cmdlet(VerbsData.Group, "NewsDuplicate", DefaultParameterSetName = GroupSet, HelpUri = "https://github.com/newstools/NewsTools#duplicates")]
    [OutputType(typeof(DuplicateGroup), ParameterSetName = new[] { GroupSet })]
    [OutputType(typeof(Article), ParameterSetName = new[] { UniqueSet })]
    public sealed class GroupNewsDuplicateCommand : PSCmdlet
    {
        private const string GroupSet = "Group";
        private const string UniqueSet = "Unique";

        /// <summary>The articles (from Get-CleanArticle).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [AllowNull]
        public Article?[] InputObject { get; set; } = Array.Empty<Article?>();

        /// <summary>The least share of equal fingerprint bits for two articles to be copies: 0.9 by default (6 of 64 bits may differ).</summary>
        [Parameter]
        [ValidateRange(0.5, 1.0)]
        public double Threshold { get; set; } = 0.9;

        /// <summary>Write only the groups with two or more articles.</summary>
        [Parameter(ParameterSetName = GroupSet)]
        public SwitchParameter DuplicatesOnly { get; set; }

        /// <summary>Write one article per story instead of groups: the first to arrive (streamed), or with -Keep Earliest the earliest published.</summary>
        [Parameter(Mandatory = true, ParameterSetName = UniqueSet)]
        public SwitchParameter Unique { get; set; }

        /// <summary>
        /// With -Unique, which copy of a story is kept: First (the default) writes each story's first article as it
        /// arrives and holds no article; Earliest holds the earliest published copy of each story (undated last, then
        /// the first to arrive) and writes them at the end.
        /// </summary>
        [Parameter(ParameterSetName = UniqueSet)]
        [ValidateSet("First", "Earliest", IgnoreCase = true)]
        public string Keep { get; set; } = "First";

        /// <summary>Words of the lead fingerprint: about two paragraphs, what a paywall teaser still shows.</summary>
        private const int LeadTokens = 60;

        /// <summary>Texts shorter than this have no lead fingerprint (a short text's lead is the whole of it).</summary>
        private const int MinLeadTokens = 40;

        /// <summary>Every article in group mode; with -Unique only each story's kept copy (the others are let go as they lose).</summary>
        private readonly List<Article?> _articles = new List<Article?>();
        /// <summary>Per group root, with -Keep Earliest: the member kept so far.</summary>
        private readonly List<int> _best = new List<int>();
        private bool _keepFirst;
        private bool _keepEarliest;
        private readonly List<ulong> _leads = new List<ulong>();
        private Dictionary<ulong, List<int>>[] _leadBands = Array.Empty<Dictionary<ulong, List<int>>>();
        private readonly List<ulong> _prints = new List<ulong>();
        private readonly List<int> _parent = new List<int>();
        private readonly Dictionary<string, int> _byHash = new Dictionary<string, int>(StringComparer.Ordinal);
        private Dictionary<ulong, List<int>>[] _bands = Array.Empty<Dictionary<ulong, List<int>>>();
        private int[] _bandStart = Array.Empty<int>();
        private int[] _bandWidth = Array.Empty<int>();
        private int _maxDistance;
        /// <summary>How many bits a band key may differ by and still be looked up (0 with exact bands).</summary>
        private int _radius;

        /// <summary>Sets up the bands for the threshold.</summary>
        protected override void BeginProcessing()
        {
            _keepFirst = Unique && string.Equals(Keep, "First", StringComparison.OrdinalIgnoreCase);
            _keepEarliest = Unique && !_keepFirst;
            _maxDistance = (int)Math.Floor((1.0 - Threshold) * 64 + 1e-9);
            // Pigeonhole: split 64 bits into k bands and two fingerprints within d bits agree to within floor(d / k) bits on
            // at least one band. Exact bands (k = d + 1, radius 0) need no probing but grow narrow as d grows, and a narrow
            // band's buckets fill up (9 bits at d = 6: a 100,000-article stream compares each new one with ~1,400 others).
            // From d = 4 to 11, four 16-bit bands probed within radius 1 or 2 (17 or 137 keys a band) compare each new
            // article with ~70 times fewer: the index stays fast at a million fingerprints.
            int bands;
            if (_maxDistance >= 4 && _maxDistance <= 11)
            {
                bands = 4;
                _radius = _maxDistance / 4;
            }
            else
            {
                bands = _maxDistance + 1;
                _radius = 0;
            }
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
                int id = Add(article);
                // A story's first article is the root of its group (unions keep the earlier root): with -Keep First it is
                // written now. A later article that links two stories already written joins them, and neither is taken back.
                if (_keepFirst && Find(id) == id) WriteObject(article);
            }
        }

        /// <summary>Indexes one article and joins it to the copies seen so far; returns its number.</summary>
        private int Add(Article article)
        {
            int id = _articles.Count;
            // -Unique -Keep First streams and holds no article: only the fingerprints, bands and hashes stay.
            _articles.Add(_keepFirst ? null : article);
            _best.Add(id);
            _parent.Add(id);
            ulong print = article.WordCount == 0 ? 0 : Parse(article.Fingerprint);
            _prints.Add(print);
            // The lead's fingerprint and the text's token count come from one pass over the text.
            int tokens = 0;
            ulong lead = article.WordCount >= MinLeadTokens ? Fingerprint.Simhash(article.Text, LeadTokens, out tokens) : 0;
            bool hasLead = tokens >= MinLeadTokens;
            if (!hasLead) lead = 0;
            _leads.Add(lead);
            // An article with no text has no words to compare: it is a story of its own.
            if (article.WordCount == 0) return id;
            if (hasLead) Index(_leadBands, _leads, id, lead);

            // Equal words are the same story.
            if (article.Text.Length > 0 && !string.IsNullOrEmpty(article.ContentHash))
            {
                if (_byHash.TryGetValue(article.ContentHash!, out int same)) Union(id, same);
                else _byHash[article.ContentHash!] = id;
            }
            Index(_bands, _prints, id, print);
            return id;
        }

        /// <summary>Files <paramref name="id"/> under each band of <paramref name="print"/>, joining it to the articles already there within the distance.</summary>
        private void Index(Dictionary<ulong, List<int>>[] bands, List<ulong> prints, int id, ulong print)
        {
            for (int b = 0; b < bands.Length; b++)
            {
                int width = _bandWidth[b];
                ulong key = (print >> _bandStart[b]) & (width == 64 ? ulong.MaxValue : (1UL << width) - 1);
                Dictionary<ulong, List<int>> band = bands[b];
                // The key itself, then every key within the radius.
                Compare(band, key, prints, id, print);
                if (_radius >= 1)
                {
                    for (int i = 0; i < width; i++)
                    {
                        Compare(band, key ^ (1UL << i), prints, id, print);
                        if (_radius < 2) continue;
                        for (int j = i + 1; j < width; j++) Compare(band, key ^ (1UL << i) ^ (1UL << j), prints, id, print);
                    }
                }
                if (!band.TryGetValue(key, out List<int>? bucket)) band[key] = bucket = new List<int>();
                bucket.Add(id);
            }
        }

        /// <summary>Joins <paramref name="id"/> to each article filed under <paramref name="key"/> within the distance.</summary>
        private void Compare(Dictionary<ulong, List<int>> band, ulong key, List<ulong> prints, int id, ulong print)
        {
            if (!band.TryGetValue(key, out List<int>? bucket)) return;
            foreach (int other in bucket)
            {
                if (Fingerprint.Distance(print, prints[other]) <= _maxDistance && Find(other) != Find(id)) Union(id, other);
            }
        }

        /// <summary>Writes the groups, in the order their first article came in.</summary>
        protected override void EndProcessing()
        {
            if (_keepFirst) return;
            if (_keepEarliest)
            {
                for (int i = 0; i < _articles.Count; i++)
                {
                    if (Find(i) == i) WriteObject(_articles[_best[i]]);
                }
                return;
            }
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
                ids.Sort(CompareByPublished);
                var group = new List<Article>(ids.Count);
                var similarity = new List<double>(ids.Count);
                foreach (int i in ids)
                {
                    group.Add(_articles[i]!);
                    similarity.Add(Math.Round(Fingerprint.Similarity(_prints[ids[0]], _prints[i]), 4));
                }
                WriteObject(new DuplicateGroup(group, similarity));
            }
        }

        /// <summary>Published first (undated last), then arrival: a stable order, and the -Keep Earliest choice.</summary>
        private int CompareByPublished(int x, int y)
        {
            DateTimeOffset? a = _articles[x]!.Published, b = _articles[y]!.Published;
            if (a.HasValue != b.HasValue) return a.HasValue ? -1 : 1;
            int c = a.HasValue ? a.Value.CompareTo(b!.Value) : 0;
            return c != 0 ? c : x.CompareTo(y);
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
            int root = Math.Min(ra, rb), joined = Math.Max(ra, rb);
            _parent[joined] = root;
            if (_keepEarliest)
            {
                // One copy per story is held: the earlier published of the two groups' kept copies; the other is let go.
                int keep = CompareByPublished(_best[root], _best[joined]) <= 0 ? _best[root] : _best[joined];
                int drop = keep == _best[root] ? _best[joined] : _best[root];
                _best[root] = keep;
                _articles[drop] = null;
            }
        }
    }
}
