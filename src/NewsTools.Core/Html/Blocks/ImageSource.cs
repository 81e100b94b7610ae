using System;
using AngleSharp.Dom;
using NewsTools.Loading;

namespace NewsTools.Html.Blocks
{
    /// <summary>Where an &lt;img&gt; really points: lazy loaders keep the picture in data-src or srcset and a placeholder in src.</summary>
    internal static class ImageSource
    {
        /// <summary>The image's absolute address, or null when it has none (or only an inline data: placeholder).</summary>
        public static string? Of(IElement img, Uri? baseUri)
        {
            // Lazy loaders keep the real address in data-src (the src is a placeholder): prefer it.
            string? src = img.GetAttribute("data-src") ?? img.GetAttribute("data-lazy-src") ?? img.GetAttribute("data-original") ?? img.GetAttribute("src");
            if (IsMissing(src))
            {
                string? srcset = img.GetAttribute("data-srcset") ?? img.GetAttribute("srcset");
                src = string.IsNullOrWhiteSpace(srcset) ? null : srcset!.Trim().Split(' ', ',')[0];
            }
            return IsMissing(src) ? null : UrlResolver.ResolveString(baseUri, src!);
        }

        private static bool IsMissing(string? src) => string.IsNullOrWhiteSpace(src) || src!.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }
}
