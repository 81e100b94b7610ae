using System;
using NewsTools.Heuristics;

namespace NewsTools.Walls
{
    /// <summary>Paywall vendors' scripts, named by the host they load from.</summary>
    internal static class PaywallMarkup
    {
        /// <summary>The vendor whose paywall script <paramref name="src"/> loads, or null.</summary>
        /// <remarks>
        /// Only the address's host is compared: the vendor's host itself or a subdomain of it ("cdn.tinypass.com"), not a
        /// path or query that mentions it. A relative address is the page's own script.
        /// </remarks>
        public static string? VendorOfScript(string src)
        {
            if (src.Length < 8) return null;
            int start = src.IndexOf("//", StringComparison.Ordinal);
            if (start < 0) return null;
            start += 2;
            int end = src.IndexOfAny(HostEnd, start);
            if (end < 0) end = src.Length;
            int length = end - start;
            foreach ((string host, string vendor) in HtmlBoilerplatePatterns.PaywallScriptHosts)
            {
                if (length < host.Length) continue;
                int at = end - host.Length;
                if (string.Compare(src, at, host, 0, host.Length, StringComparison.OrdinalIgnoreCase) == 0 && (at == start || src[at - 1] == '.')) return vendor;
            }
            return null;
        }

        private static readonly char[] HostEnd = { '/', '?', '#', ':' };
    }
}
