using System.Collections.Generic;
using NewsTools.Text;
using NewsTools.Walls;

namespace NewsTools.Pipeline
{
    /// <summary>What one content stage found (the cleaner, the block builder, the outside recorder): returned, never written into another stage's result.</summary>
    internal sealed class ContentFindings
    {
        public List<ContentBlock> Blocks { get; } = new List<ContentBlock>();
        public List<RemovedBlock> Removed { get; } = new List<RemovedBlock>();
        public List<string> Captions { get; } = new List<string>();
        public List<string> Comments { get; } = new List<string>();
        public List<PaywallFinding> Paywall { get; } = new List<PaywallFinding>();

        /// <summary>Records a removed line or block; a paywall prompt among them is also paywall evidence.</summary>
        public void Remove(RemovedBlock removed, PaywallSignal? prompt, int position)
        {
            Removed.Add(removed);
            if (prompt.HasValue) Paywall.Add(new PaywallFinding(prompt.Value, removed.Text.Trim(), removed.Location, position));
        }
    }
}
