using System;
using System.Text;

namespace NewsTools.Html
{
    /// <summary>
    /// One page's reusable character buffers for the text normalisers (<see cref="TextUtil.NormalizeLinesInto"/> and
    /// <see cref="TextUtil.CollapseInto"/>, whose string forms allocate a fresh buffer per call): a block's text is copied
    /// out of the builder it was gathered in once, into a buffer kept for the page, and only the result string is made.
    /// Not shared between threads: one instance serves one page.
    /// </summary>
    internal sealed class TextScratch
    {
        private char[] _in = new char[256];
        private char[] _out = new char[256];

        /// <summary>As <see cref="TextUtil.NormalizeLines"/> for the text a StringBuilder holds (the builder is left as it is).</summary>
        public string NormalizeLines(StringBuilder text)
        {
            int n = text.Length;
            if (n == 0) return string.Empty;
            if (_in.Length < n) _in = new char[Math.Max(n, _in.Length * 2)];
            text.CopyTo(0, _in, 0, n);
            return Normalize(_in, n);
        }

        /// <summary>As <see cref="TextUtil.Collapse(string)"/>: every whitespace run one space, trimmed.</summary>
        public string Collapse(string s)
        {
            int n = s.Length;
            if (n == 0) return string.Empty;
            char[] output = Output(n);
            int o = TextUtil.CollapseInto(s, 0, n, output);
            if (o == 0) return string.Empty;
            // Text that was collapsed already (the common case: a block's text) is given back as it is, without a copy.
            return o == n && Same(s, output, n) ? s : new string(output, 0, o);
        }

        private static bool Same(string s, char[] chars, int n)
        {
            for (int i = 0; i < n; i++)
            {
                if (s[i] != chars[i]) return false;
            }
            return true;
        }

        /// <summary>The line normaliser (<see cref="TextUtil.NormalizeLinesInto"/>) over this page's buffers.</summary>
        private string Normalize(char[] input, int n)
        {
            char[] output = Output(n);
            int o = TextUtil.NormalizeLinesInto(input, n, output);
            return o == 0 ? string.Empty : new string(output, 0, o);
        }

        /// <summary>The output buffer, long enough for <paramref name="n"/> characters (the normalisers never lengthen a text).</summary>
        private char[] Output(int n)
        {
            if (_out.Length < n) _out = new char[Math.Max(n, _out.Length * 2)];
            return _out;
        }
    }
}
