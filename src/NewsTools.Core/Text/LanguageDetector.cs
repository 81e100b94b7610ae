namespace NewsTools.Text
{
    /// <summary>Detects the language of a text from stop words and scripts.</summary>
    internal static class LanguageDetector
    {
        /// <summary>A BCP 47 primary tag ("en", "de", "zh"...), or null when the evidence is too thin.</summary>
        public static string? Detect(string text)
        {
            return null;
        }
    }
}
