using System.Collections.Generic;
using NewsTools.Heuristics;
using NewsTools.Html;

namespace NewsTools.Walls
{
    /// <summary>
    /// Where the story lies in the page, to tell a wall (in or next to the story) from a template elsewhere: the text
    /// before each element in document order (own text, scripts and styles excluded, removed chrome included), computed
    /// once for the page.
    /// </summary>
    internal sealed class StorySpan
    {
        private readonly DomIndex _ix;
        private readonly List<int> _roots;
        private readonly int[] _before;
        private readonly int _first;
        private readonly int _lastEnd;

        public StorySpan(DomIndex ix, List<int> roots)
        {
            _ix = ix;
            _roots = roots;
            _before = new int[ix.Count + 1];
            for (int i = 0; i < ix.Count; i++) _before[i + 1] = _before[i] + ix.OwnText[i];
            _first = int.MaxValue;
            _lastEnd = 0;
            foreach (int r in roots)
            {
                if (r < _first) _first = r;
                if (ix.End[r] > _lastEnd) _lastEnd = ix.End[r];
            }
        }

        /// <summary>Element <paramref name="i"/> lies in the story, between its parts, or close enough after (or before) it.</summary>
        /// <param name="i">The element's index.</param>
        /// <param name="before">Whether a place before the story counts (a meter banner above the headline does; a masthead log-in link does not).</param>
        public bool Near(int i, bool before)
        {
            if (_roots.Count == 0 || i < 0) return false;
            if (i >= _first && i < _lastEnd) return true;
            if (i >= _lastEnd) return _before[i] - _before[_lastEnd] <= PaywallThresholds.NearAfterStory;
            // Before the story (or an ancestor of it: a wall box holding the teaser is in it).
            if (_ix.End[i] > _first) return true;
            return before && _before[_first] - _before[_ix.End[i]] <= PaywallThresholds.NearBeforeStory;
        }

        /// <summary>
        /// How much of subtree <paramref name="i"/>'s text (characters) lies near enough the story to hold its wall: all of
        /// it in the story, its head after the story, its tail before it (<paramref name="tail"/>); 0 when it is too far.
        /// </summary>
        public int NearText(int i, out bool tail)
        {
            tail = false;
            if (_roots.Count == 0) return 0;
            if (i >= _lastEnd) return PaywallThresholds.NearAfterStory - (_before[i] - _before[_lastEnd]);
            if (_ix.End[i] <= _first)
            {
                tail = true;
                return PaywallThresholds.NearBeforeStory - (_before[_first] - _before[_ix.End[i]]);
            }
            return int.MaxValue;
        }

        /// <summary>Marks each finding that has a place as near the story or not.</summary>
        public void Mark(List<PaywallFinding> found)
        {
            for (int k = 0; k < found.Count; k++)
            {
                PaywallFinding f = found[k];
                if (f.Position >= 0) found[k] = f.WithNear(Near(f.Position, f.Signal != PaywallSignal.Prompt));
            }
        }
    }
}
