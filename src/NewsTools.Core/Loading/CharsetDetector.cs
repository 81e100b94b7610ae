using System;
using System.Text;

namespace NewsTools.Loading
{
    /// <summary>
    /// Guesses the charset of bytes that are not UTF-8 and say nothing about themselves (no BOM, no &lt;meta charset&gt;),
    /// before the Windows-1252 fallback: Cyrillic single-byte text (Windows-1251, KOI8-R) and the legacy multi-byte
    /// encodings of East Asian pages and text files (Shift-JIS, EUC-JP, EUC-KR, GB18030, Big5), which that fallback turns
    /// into mojibake.
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
            return Cyrillic(bytes)
                ?? TryCandidate(bytes, 932, Script.Kana, JapaneseKanaShare)       // Shift-JIS (Windows code page 932)
                ?? TryCandidate(bytes, 51932, Script.Kana, JapaneseKanaShare)     // EUC-JP
                ?? TryCandidate(bytes, 949, Script.Hangul, KoreanHangulShare)     // EUC-KR / UHC
                ?? TryCandidate(bytes, 54936, Script.Han, ChineseHanShare)        // GB18030 (a superset of GBK, GB2312)
                ?? TryCandidate(bytes, 950, Script.Han, ChineseHanShare);         // Big5
        }

        private enum Script { Kana, Hangul, Han }

        /// <summary>Cyrillic single-byte text: this share of its high bytes are letters of the Cyrillic block (0xC0-0xFF, Ё and ё).</summary>
        private const double CyrillicLetterShare = 0.95;

        /// <summary>
        /// Russian, Ukrainian, Bulgarian... text in Windows-1251 or KOI8-R: words are runs of high bytes, nearly all of them
        /// in 0xC0-0xFF, where both charsets put the Cyrillic alphabet. CJK double-byte text spreads its bytes over 0x81-0xFE
        /// (trail bytes 0xA1-0xBF, lead bytes 0x81-0x9F), so it fails the share; Western text has lone high bytes and
        /// failed <see cref="HasEnoughHighBytes"/> already. The two charsets put the lower-case letters, most of any
        /// text, in opposite halves: 0xE0-0xFF in Windows-1251, 0xC0-0xDF in KOI8-R.
        /// </summary>
        /// <summary>Cyrillic letters outside 0xC0-0xFF: Ё ё (both charsets), and Ukrainian, Belarusian and Serbian letters of Windows-1251.</summary>
        private static bool IsOtherCyrillicLetter(byte b)
        {
            switch (b)
            {
                case 0xA8: case 0xB8: case 0xA3: case 0xB3: case 0xAA: case 0xBA: case 0xAF: case 0xBF: case 0xB2:
                case 0xA5: case 0xB4: case 0xA1: case 0xA2: case 0xBC: case 0xBE: case 0xBD:
                    return true;
                default:
                    return false;
            }
        }

        private static Encoding? Cyrillic(byte[] bytes)
        {
            int high = 0, letters = 0, upperHalf = 0;
            foreach (byte b in bytes)
            {
                if (b < 0x80) continue;
                high++;
                if (b >= 0xC0 || IsOtherCyrillicLetter(b)) letters++;
                if (b >= 0xE0) upperHalf++;
            }
            if (high == 0 || letters < CyrillicLetterShare * high) return null;
            int codePage = upperHalf * 2 >= letters ? 1251 : 20866;
            try
            {
                return Encoding.GetEncoding(codePage);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }
        }

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
