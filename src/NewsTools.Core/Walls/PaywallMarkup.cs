using System;
using NewsTools.Heuristics;

namespace NewsTools.Walls
{
    /// <summary>Paywall vendors' scripts, named by the host they load from.</summary>
    internal static class PaywallMarkup
    {
        /// <summary>The vendor whose paywall script <paramref name="src"/> loads, or null.</summary>
        public static string? VendorOfScript(string src)
        {
            if (src.Length < 8) return null;
            foreach ((string host, string vendor) in HtmlBoilerplatePatterns.PaywallScriptHosts)
            {
                int at = src.IndexOf(host, StringComparison.OrdinalIgnoreCase);
                // The host itself or a subdomain of it ("cdn.tinypass.com"), not a path that mentions it.
                if (at > 0 && (src[at - 1] == '.' || src[at - 1] == '/') && src.IndexOf('/', 8) is int slash && (slash < 0 || slash > at)) return vendor;
            }
            return null;
        }
    }
}
