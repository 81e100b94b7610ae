using System;
using System.Text;

namespace NewsTools.Loading
{
    /// <summary>
    /// Guesses the charset of bytes that are not UTF-8 and say nothing about themselves (no BOM, no &lt;meta charset&gt;),
    /// before the Windows-1252 fallback: the legacy multi-byte encodings of East Asian pages and text files (Shift-JIS,
    /// EUC-JP, EUC-KR, GB18030, Big5), which that fallback turns into mojibake.
    /// <para>
    /// How: each candidate must decode the bytes with no invalid sequence at all (Western text in Windows-1252 fails
    /// every one of them: an accented letter between ASCII letters is no valid double-byte pair), and what it decodes to
    /// must look like its language: Japanese text is full of kana, Korean of Hangul syllables, Chinese of Han characters.
    /// Japanese is tried first, as GB18030 also accepts most Shift-JIS pairs (as rare Han characters).
    /// </para>
    /// </summary>
    public static class CharsetDetector
    {
        /// <summary>Fewer non-ASCII characters than this is too little to tell a charset by.</summary>
        private const int MinimumNonAsciiChars = 4;

        /// <summary>Japanese prose: at least this share of its non-ASCII characters are kana (typical text: 40-70%).</summary>
        private const double JapaneseKanaShare = 0.2;

        /// <summary>Korean: Hangul syllables make most of the non-ASCII characters.</summary>
        private const double KoreanHangulShare = 0.6;

        /// <summary>Chinese: Han characters and CJK punctuation make nearly all of them.</summary>
        private const double ChineseHanShare = 0.85;

        /// <summary>The charset the bytes are written in, or null when none of the candidates fits.</summary>
        public static Encoding? Detect(byte[] bytes)
        {
            if (!HasEnoughHighBytes(bytes)) return null;
            return TryCandidate(bytes, 932, Script.Kana, JapaneseKanaShare)       // Shift-JIS (Windows code page 932)
                ?? TryCandidate(bytes, 51932, Script.Kana, JapaneseKanaShare)     // EUC-JP
                ?? TryCandidate(bytes, 949, Script.Hangul, KoreanHangulShare)     // EUC-KR / UHC
                ?? TryCandidate(bytes, 54936, Script.Han, ChineseHanShare)        // GB18030 (a superset of GBK, GB2312)
                ?? TryCandidate(bytes, 950, Script.Han, ChineseHanShare);         // Big5
        }

        private enum Script { Kana, Hangul, Han }

        /// <summary>
        /// Western text in a single-byte charset has most of its high bytes alone between ASCII bytes (one accented letter
        /// in a word: "Gebäude"); double-byte text never does, save a lead byte whose trail is ASCII right after an ASCII
        /// character. Past this share of lone high bytes, the text is not double-byte, whatever a lenient charset such as
        /// GB18030 (which takes ASCII letters as trail bytes) would decode it to.
        /// </summary>
        private const double MaximumLoneHighByteShare = 0.3;

        private static bool HasEnoughHighBytes(byte[] bytes)
        {
            int high = 0, lone = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] < 0x80) continue;
                high++;
                if ((i == 0 || bytes[i - 1] < 0x80) && (i + 1 == bytes.Length || bytes[i + 1] < 0x80)) lone++;
            }
            return high >= 2 * MinimumNonAsciiChars && lone <= MaximumLoneHighByteShare * high;
        }

        private static Encoding? TryCandidate(byte[] bytes, int codePage, Script script, double share)
        {
            Encoding strict;
            try
            {
                strict = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException)
            {
                return null; // code pages not registered (the decoder registers them) or not on this platform
            }

            string text;
            try
            {
                text = strict.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                return null;
            }

            int nonAscii = 0, matching = 0;
            foreach (char c in text)
            {
                if (c < 0x80) continue;
                nonAscii++;
                if (c >= 0xE000 && c <= 0xF8FF) return null; // a private-use (vendor) character: not real text in this charset
                if (IsScript(c, script)) matching++;
            }
            return nonAscii >= MinimumNonAsciiChars && matching >= share * nonAscii ? Encoding.GetEncoding(codePage) : null;
        }

        private static bool IsScript(char c, Script script)
        {
            switch (script)
            {
                case Script.Kana:
                    return (c >= 0x3040 && c <= 0x30FF) || (c >= 0xFF66 && c <= 0xFF9F); // hiragana, katakana, half-width katakana
                case Script.Hangul:
                    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x3130 && c <= 0x318F);
                default:
                    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
            }
        }
    }
}
