namespace NewsTools.Text
{
    /// <summary>Classifies one line or block of text as a kind of junk, or null when it may be story.</summary>
    internal static class BoilerplateClassifier
    {
        /// <summary>The reason this block is junk (share prompt, newsletter, "Also read"...), or null. Context-free: phrases and shapes only.</summary>
        public static RemovalReason? ClassifyBlock(string text)
        {
            return null;
        }
    }
}
