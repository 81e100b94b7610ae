using AngleSharp.Css.Parser;

namespace NewsTools.Loading
{
    /// <summary>Checks user CSS selectors once, up front, so a typo is a parameter error rather than a failure per page.</summary>
    public static class SelectorValidator
    {
        /// <summary>True when AngleSharp can parse the selector.</summary>
        public static bool IsValid(string selector)
        {
            if (string.IsNullOrWhiteSpace(selector)) return false;
            return new CssSelectorParser().ParseSelector(selector) != null;
        }
    }
}
