using System;

namespace NewsTools.Text
{
    /// <summary>
    /// Detects the language of a text from its script (CJK, Cyrillic, Arabic, Devanagari...) and, for
    /// Latin-script text, from which stop-word list covers the most words. One pass over at most
    /// <see cref="SampleChars"/> characters.
    /// </summary>
    internal static class LanguageDetector
    {
        /// <summary>Characters read: 20,000 is several paragraphs in any language, enough for a clear majority.</summary>
        private const int SampleChars = 20000;

        /// <summary>Fewest stop-word hits before a Latin-script guess is made (a headline alone is too thin).</summary>
        private const int MinStopWordHits = 3;

        /// <summary>A BCP 47 primary tag ("en", "de", "zh"...), or null when the evidence is too thin.</summary>
        public static string? Detect(string text)
        {
            if (string.IsNullOrEmpty(text)) return null;
            int n = Math.Min(text.Length, SampleChars);
            int latin = 0, han = 0, kana = 0, hangul = 0, cyr = 0, ukr = 0, arabic = 0, persian = 0, deva = 0, thai = 0, greek = 0, hebrew = 0;
            int nLang = StopWords.LanguageTags.Length;
            var hits = new int[nLang];
            var word = new System.Text.StringBuilder(24);
            for (int i = 0; i <= n; i++)
            {
                char c = i < n ? text[i] : ' ';
                if (char.IsLetter(c) || (c == '\'' || c == '\u2019') && word.Length > 0)
                {
                    if (c >= 'A' && c <= 'z' || c >= '\u00C0' && c <= '\u024F') latin++;
                    else if (c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF') han++;
                    else if (c >= '\u3040' && c <= '\u30FF') kana++;
                    else if (c >= '\uAC00' && c <= '\uD7AF' || c >= '\u1100' && c <= '\u11FF') hangul++;
                    else if (c >= '\u0400' && c <= '\u04FF')
                    {
                        cyr++;
                        if (c == 'і' || c == 'ї' || c == 'є' || c == 'ґ' || c == 'І' || c == 'Ї' || c == 'Є') ukr++;
                    }
                    else if (c >= '\u0600' && c <= '\u06FF')
                    {
                        arabic++;
                        if (c == 'پ' || c == 'چ' || c == 'ژ' || c == 'گ' || c == 'ی') persian++;
                    }
                    else if (c >= '\u0900' && c <= '\u097F') deva++;
                    else if (c >= '\u0E00' && c <= '\u0E7F') thai++;
                    else if (c >= '\u0370' && c <= '\u03FF') greek++;
                    else if (c >= '\u0590' && c <= '\u05FF') hebrew++;
                    word.Append(char.ToLowerInvariant(c == '\u2019' ? '\'' : c));
                    continue;
                }
                if (IsMark(c) && word.Length > 0)
                {
                    word.Append(c);
                    continue;
                }
                if (word.Length > 0)
                {
                    int mask = StopWords.Languages(word.ToString());
                    if (mask != 0)
                    {
                        for (int b = 0; b < nLang; b++) if ((mask & (1 << b)) != 0) hits[b]++;
                    }
                    word.Clear();
                }
            }

            int letters = latin + han + kana + hangul + cyr + arabic + deva + thai + greek + hebrew;
            if (letters < 20) return null;
            // Japanese mixes kana into Han text; Chinese has none. 5% kana is far above stray quotes.
            if (kana * 20 >= letters) return "ja";
            if (han * 10 >= letters * 3) return "zh";
            if (hangul * 10 >= letters * 3) return "ko";
            if (cyr * 2 >= letters) return ukr * 50 >= cyr ? "uk" : "ru";
            if (arabic * 2 >= letters) return persian * 30 >= arabic ? "fa" : "ar";
            if (deva * 2 >= letters) return "hi";
            if (thai * 2 >= letters) return "th";
            if (greek * 2 >= letters) return "el";
            if (hebrew * 2 >= letters) return "he";
            if (latin * 2 < letters) return null;

            int best = -1, second = 0;
            for (int b = 0; b < nLang; b++)
            {
                if (best < 0 || hits[b] > hits[best]) { if (best >= 0) second = Math.Max(second, hits[best]); best = b; }
                else second = Math.Max(second, hits[b]);
            }
            if (best < 0 || hits[best] < MinStopWordHits) return null;
            // Languages share short words ("de", "a", "la"): ask for a clear lead over the runner-up.
            if (hits[best] * 10 < second * 11) return null;
            return StopWords.LanguageTags[best];
        }
        /// <summary>A combining mark (Devanagari vowel signs, Arabic harakat): part of the word it follows.</summary>
        private static bool IsMark(char c)
        {
            System.Globalization.UnicodeCategory u = char.GetUnicodeCategory(c);
            return u == System.Globalization.UnicodeCategory.NonSpacingMark || u == System.Globalization.UnicodeCategory.SpacingCombiningMark || u == System.Globalization.UnicodeCategory.EnclosingMark;
        }
    }
}
