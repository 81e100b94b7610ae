using System;
using System.Collections.Generic;

namespace NewsTools.Json
{
    /// <summary>What a <see cref="JsonNode"/> holds.</summary>
    internal enum JsonKind
    {
        Null = 0,
        Boolean,
        Number,
        String,
        Array,
        Object,
    }

    /// <summary>
    /// A tiny read-only JSON DOM, enough for JSON-LD: objects keep their members in document order
    /// (duplicate keys are kept; lookups return the first), numbers are kept as their source text.
    /// </summary>
    internal sealed class JsonNode
    {
        private static readonly List<JsonNode> NoItems = new List<JsonNode>(0);
        private static readonly List<KeyValuePair<string, JsonNode>> NoMembers = new List<KeyValuePair<string, JsonNode>>(0);

        private readonly List<JsonNode>? _items;
        private readonly List<KeyValuePair<string, JsonNode>>? _members;

        private JsonNode(JsonKind kind, string? text, List<JsonNode>? items, List<KeyValuePair<string, JsonNode>>? members)
        {
            Kind = kind;
            Text = text;
            _items = items;
            _members = members;
        }

        /// <summary>The node's kind.</summary>
        public JsonKind Kind { get; }

        /// <summary>The string's value, the number's source text, "true"/"false"; null for the others.</summary>
        public string? Text { get; }

        /// <summary>An array's items (empty for any other kind).</summary>
        public IReadOnlyList<JsonNode> Items => _items ?? NoItems;

        /// <summary>An object's members in document order (empty for any other kind).</summary>
        public IReadOnlyList<KeyValuePair<string, JsonNode>> Members => _members ?? NoMembers;

        public bool IsObject => Kind == JsonKind.Object;

        public bool IsArray => Kind == JsonKind.Array;

        /// <summary>The first member called <paramref name="key"/> (ordinal, then case-insensitive), or null.</summary>
        public JsonNode? this[string key]
        {
            get
            {
                if (_members is null) return null;
                foreach (var m in _members)
                {
                    if (string.Equals(m.Key, key, StringComparison.Ordinal)) return m.Value;
                }
                foreach (var m in _members)
                {
                    if (string.Equals(m.Key, key, StringComparison.OrdinalIgnoreCase)) return m.Value;
                }
                return null;
            }
        }

        /// <summary>A string or number's text; for an object, its "@value", "name" or "@id"; for an array, its first item's.</summary>
        public string? AsString()
        {
            JsonNode node = this;
            // Follow arrays' first items and value wrappers a few steps only: a scalar is never far.
            for (int step = 0; step < 4; step++)
            {
                switch (node.Kind)
                {
                    case JsonKind.String:
                    case JsonKind.Number:
                    case JsonKind.Boolean:
                        return node.Text;
                    case JsonKind.Array:
                        if (node.Items.Count == 0) return null;
                        node = node.Items[0];
                        break;
                    case JsonKind.Object:
                        JsonNode? inner = node["@value"] ?? node["name"] ?? node["url"] ?? node["@id"];
                        if (inner is null) return null;
                        node = inner;
                        break;
                    default:
                        return null;
                }
            }
            return null;
        }

        /// <summary>The node itself when it is not an array, else its items: JSON-LD allows both for any value.</summary>
        public IEnumerable<JsonNode> AsSequence()
        {
            if (Kind == JsonKind.Array) return Items;
            if (Kind == JsonKind.Null) return NoItems;
            return new[] { this };
        }

        internal static JsonNode Null() => new JsonNode(JsonKind.Null, null, null, null);

        internal static JsonNode Bool(bool value) => new JsonNode(JsonKind.Boolean, value ? "true" : "false", null, null);

        internal static JsonNode Number(string text) => new JsonNode(JsonKind.Number, text, null, null);

        internal static JsonNode String(string text) => new JsonNode(JsonKind.String, text, null, null);

        internal static JsonNode NewArray() => new JsonNode(JsonKind.Array, null, new List<JsonNode>(), null);

        internal static JsonNode NewObject() => new JsonNode(JsonKind.Object, null, null, new List<KeyValuePair<string, JsonNode>>());

        internal void AddItem(JsonNode item) => _items?.Add(item);

        internal void AddMember(string key, JsonNode value) => _members?.Add(new KeyValuePair<string, JsonNode>(key, value));
    }
}
