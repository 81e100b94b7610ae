namespace NewsTools.Heuristics
{
    /// <summary>
    /// Scripts written without spaces between words: Han, kana and Hangul. One definition for every stage that
    /// counts them; each stage keeps its own weight (<see cref="TextThresholds.CjkCharWeight"/> for the text path's
    /// effective length, DomIndex's double count for the HTML path's, one word a character in the renderer's word count).
    /// </summary>
    internal static class TextScripts
    {
        /// <summary>Han (CJK Unified Ideographs and Extension A), kana or Hangul syllables.</summary>
        public static bool IsCjk(char c) => c >= '\u3040' && (IsHan(c) || IsKana(c) || (c >= '\uAC00' && c <= '\uD7AF')); // all three start at U+3040 or later

        /// <summary>CJK Unified Ideographs and Extension A.</summary>
        public static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF');

        /// <summary>Hiragana and katakana.</summary>
        public static bool IsKana(char c) => c >= '\u3040' && c <= '\u30FF';
    }
}
