using System.Collections.Generic;

namespace NewsTools.Html.Locating
{
    /// <summary>Where the main content is: one or more container elements (in document order) and the strategy that found them.</summary>
    internal sealed class LocatedContent
    {
        public LocatedContent(List<int> roots, string strategy)
        {
            Roots = roots;
            Strategy = strategy;
        }

        /// <summary>DomIndex positions of the containers, in document order, none inside another.</summary>
        public List<int> Roots { get; }

        /// <summary>The strategy's name, reported as <see cref="Article.Strategy"/>.</summary>
        public string Strategy { get; }

        /// <summary>For known containers, the tier that matched (1 = most specific); 0 otherwise.</summary>
        public int Tier { get; set; }

        /// <summary>Non-link text of the containers together.</summary>
        public int Prose(DomIndex ix)
        {
            int sum = 0;
            foreach (int r in Roots) sum += ix.Prose(r);
            return sum;
        }
    }

    /// <summary>One way of finding the main content. Each strategy may answer "not me" (null), and the locator tries the next.</summary>
    internal interface IContentStrategy
    {
        /// <summary>The containers this strategy finds, or null when it does not apply to the page.</summary>
        LocatedContent? Locate();
    }
}
