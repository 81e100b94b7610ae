using System;
using System.Text;

namespace NewsTools.Html
{
    /// <summary>
    /// One page's reusable character buffers for the text normalisers: <see cref="TextUtil.NormalizeLines"/> and
    /// <see cref="TextUtil.Collapse(string)"/> each build a StringBuilder and then copy it into the result; a block's text was
    /// also copied out of the builder it was gathered in first. With a buffer kept for the page, only the result string is
    /// made: the same characters, a third of the copies. Not shared between threads: one instance serves one page.
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
            int o = 0;
            bool space = false;
            for (int i = 0; i < n; i++)
            {
                char c = s[i];
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    space = o > 0;
                    continue;
                }
                if (space) { output[o++] = ' '; space = false; }
                output[o++] = c;
            }
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

        /// <summary>
        /// Each line collapsed and trimmed, empty lines dropped, lines joined by '\n' (without a '\n' in it: the text
        /// collapsed, which is the same loop); as <see cref="TextUtil.NormalizeLines"/>.
        /// </summary>
        private string Normalize(char[] input, int n)
        {
            char[] output = Output(n);
            int o = 0;
            bool lineHasText = false, space = false, newline = false;
            for (int i = 0; i < n; i++)
            {
                char c = input[i];
                if (c == '\n')
                {
                    if (lineHasText) newline = true;
                    lineHasText = false;
                    space = false;
                    continue;
                }
                if (char.IsWhiteSpace(c) || c == '\u200B' || c == '\uFEFF')
                {
                    space = lineHasText;
                    continue;
                }
                if (!lineHasText && newline) { output[o++] = '\n'; newline = false; }
                else if (space) output[o++] = ' ';
                space = false;
                output[o++] = c;
                lineHasText = true;
            }
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
