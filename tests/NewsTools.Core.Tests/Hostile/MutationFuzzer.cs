using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace NewsTools.Core.Tests.Hostile
{
    /// <summary>
    /// A seeded mutation fuzzer over the fixture corpus: each input is a fixture page or text (or a window of one) with
    /// one to four mutations (character flips, tag deletions and duplications, attribute junk, splices between two
    /// documents, truncation, hostile tokens such as an open comment or title), cleaned in-process with varied options.
    /// The same seed gives the same inputs, so a failure is reproduced from its seed and index.
    /// </summary>
    internal sealed class MutationFuzzer
    {
        private static readonly string[] Tokens =
        {
            "<!--", "-->", "<script>", "</script>", "<style>", "<title>", "</title>", "<textarea>", "<xmp>", "<![CDATA[", "]]>",
            "<plaintext>", "<table>", "<td>", "<svg>", "<math>", "<template>", "<noscript>", "<iframe>", "<select>", "<option>",
            "<frameset>", "<base href=\"http://127.0.0.1:9/\">", "<meta charset=\"utf-16\">", "<html>", "<body>", "</body>", "</html>",
            "<h1>", "<p>", "</p>", "<li>", "<br/>", "<a href=\"javascript:alert(1)\">", "<img src=x onerror=alert(1)>",
            "&amp;", "&#0;", "&#x110000;", "&#xD800;", "&nbsp;", "&", "<", ">", "\"", "'", "=", "/", "\u202E", "\u200F", "\uFEFF",
            "\uD800", "\uDFFF", "\u0301\u0301\u0301", "👩🏽‍🚀", "\r", "\n\n\n", "\t", "{{free_limit}}", "[[", "]]", "# ", "* ", "| a | b |",
            "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"x\",\"isAccessibleForFree\":false", "}]}</script>",
        };

        private readonly List<string> _corpus;
        private readonly Random _random;

        public MutationFuzzer(List<string> corpus, int seed)
        {
            _corpus = corpus;
            _random = new Random(seed);
        }

        /// <summary>The slowest input so far and its time.</summary>
        public (int Index, TimeSpan Time) Slowest { get; private set; }

        /// <summary>Runs <paramref name="count"/> inputs; returns the failures (input index, exception, the input).</summary>
        public List<(int Index, Exception Error, string Input)> Run(int count, Func<int, string, ExtractionOptions, ExtractionResult> extract)
        {
            var failures = new List<(int, Exception, string)>();
            var clock = new Stopwatch();
            for (int i = 0; i < count; i++)
            {
                string input = Next(out ExtractionOptions options);
                clock.Restart();
                try
                {
                    ExtractionResult result = extract(i, input, options);
                    if (result.Failure == ExtractionFailure.None && result.Article is null) throw new InvalidOperationException("No article and no failure.");
                }
                catch (Exception e)
                {
                    failures.Add((i, e, input));
                    if (failures.Count >= 20) break;
                }
                clock.Stop();
                if (clock.Elapsed > Slowest.Time) Slowest = (i, clock.Elapsed);
            }
            return failures;
        }

        /// <summary>The next mutated input and the options to clean it with.</summary>
        public string Next(out ExtractionOptions options)
        {
            string doc = _corpus[_random.Next(_corpus.Count)];
            // Small inputs keep the run fast: most are a window of up to 6,000 characters.
            if (doc.Length > 6000 && _random.Next(4) != 0)
            {
                int start = _random.Next(3) == 0 ? 0 : _random.Next(doc.Length - 6000);
                doc = doc.Substring(start, 6000);
            }
            var sb = new StringBuilder(doc);
            int mutations = 1 + _random.Next(4);
            for (int m = 0; m < mutations; m++) Mutate(sb);
            options = new ExtractionOptions
            {
                InputFormat = _random.Next(8) switch { 0 => InputFormat.Html, 1 => InputFormat.Text, 2 => InputFormat.Markdown, _ => InputFormat.Auto },
                IncludeImages = _random.Next(3) == 0,
                IncludeComments = _random.Next(3) == 0,
                Focus = _random.Next(5) == 0 ? ExtractionFocus.Precision : _random.Next(5) == 0 ? ExtractionFocus.Recall : ExtractionFocus.Balanced,
            };
            return sb.ToString();
        }

        private void Mutate(StringBuilder sb)
        {
            if (sb.Length == 0) { sb.Append(Tokens[_random.Next(Tokens.Length)]); return; }
            switch (_random.Next(9))
            {
                case 0: // character flips
                    for (int k = 1 + _random.Next(8); k > 0; k--)
                    {
                        int at = _random.Next(sb.Length);
                        sb[at] = _random.Next(4) switch { 0 => (char)_random.Next(0x20), 1 => (char)_random.Next(0x20, 0x7F), 2 => (char)_random.Next(0x80, 0x3000), _ => (char)(sb[at] ^ (1 << _random.Next(7))) };
                    }
                    break;
                case 1: // delete a tag
                {
                    int lt = IndexOf(sb, '<', _random.Next(sb.Length));
                    int gt = lt < 0 ? -1 : IndexOf(sb, '>', lt);
                    if (gt > lt) sb.Remove(lt, gt - lt + 1);
                    break;
                }
                case 2: // duplicate a tag, up to 300 times (deep nesting, runs of siblings)
                {
                    int lt = IndexOf(sb, '<', _random.Next(sb.Length));
                    int gt = lt < 0 ? -1 : IndexOf(sb, '>', lt);
                    if (gt > lt && gt - lt < 200)
                    {
                        string tag = sb.ToString(lt, gt - lt + 1);
                        int times = 1 + _random.Next(_random.Next(10) == 0 ? 300 : 5);
                        var copies = new StringBuilder();
                        for (int t = 0; t < times; t++) copies.Append(tag);
                        sb.Insert(lt, copies.ToString());
                    }
                    break;
                }
                case 3: // attribute junk inside a tag
                {
                    int lt = IndexOf(sb, '<', _random.Next(sb.Length));
                    int space = lt < 0 ? -1 : IndexOf(sb, ' ', lt);
                    if (space > 0 && space - lt < 40)
                    {
                        string[] junk = { " class=\"", " id='x", " style=\"display:none\"", " hidden", " aria-hidden=true", " class=\"paywall\"", " =\"\"", " data-x=\"" + new string('a', _random.Next(500)) + "\"", " class=\"article-body content\"", " \"\"\"" };
                        sb.Insert(space, junk[_random.Next(junk.Length)]);
                    }
                    break;
                }
                case 4: // splice with another document
                {
                    string other = _corpus[_random.Next(_corpus.Count)];
                    int cut = _random.Next(sb.Length);
                    int from = _random.Next(other.Length);
                    sb.Length = cut;
                    sb.Append(other, from, Math.Min(other.Length - from, 4000));
                    break;
                }
                case 5: // truncate
                    sb.Length = _random.Next(sb.Length);
                    break;
                case 6: // a hostile token
                    sb.Insert(_random.Next(sb.Length + 1), Tokens[_random.Next(Tokens.Length)]);
                    break;
                case 7: // duplicate a stretch (repeated blocks)
                {
                    int start = _random.Next(sb.Length);
                    int length = Math.Min(sb.Length - start, 1 + _random.Next(400));
                    string stretch = sb.ToString(start, length);
                    for (int t = 1 + _random.Next(4); t > 0; t--) sb.Insert(start, stretch);
                    break;
                }
                default: // delete a stretch
                {
                    int start = _random.Next(sb.Length);
                    sb.Remove(start, Math.Min(sb.Length - start, 1 + _random.Next(300)));
                    break;
                }
            }
        }

        private static int IndexOf(StringBuilder sb, char c, int from)
        {
            for (int i = from; i < sb.Length; i++) if (sb[i] == c) return i;
            return -1;
        }
    }
}
