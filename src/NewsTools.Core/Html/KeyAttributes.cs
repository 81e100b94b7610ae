using AngleSharp.Dom;

namespace NewsTools.Html
{
    /// <summary>
    /// The attributes the page scan and the cleaner read of nearly every element (class, id, role, itemprop, rel, href,
    /// style, hidden, aria-hidden), read in one pass over the element's attribute list. Each GetAttribute call searches
    /// that list again (and folds the name's case first); an element carries a few attributes and is asked for up to six.
    /// The values are exactly what <see cref="IElement.GetAttribute(string)"/> gives for each name: the first attribute of
    /// that name (the parser keeps only the first of duplicates and lower-cases HTML attribute names).
    /// </summary>
    internal readonly struct KeyAttributes
    {
        private KeyAttributes(string? cls, string? id, string? role, string? itemProp, string? rel, string? href, string? style, string? ariaHidden, bool hidden)
        {
            Class = cls;
            Id = id;
            Role = role;
            ItemProp = itemProp;
            Rel = rel;
            Href = href;
            Style = style;
            AriaHidden = ariaHidden;
            Hidden = hidden;
        }

        /// <summary>The class attribute, or null.</summary>
        public string? Class { get; }

        /// <summary>The id attribute, or null.</summary>
        public string? Id { get; }

        /// <summary>The role attribute, or null.</summary>
        public string? Role { get; }

        /// <summary>The itemprop attribute, or null.</summary>
        public string? ItemProp { get; }

        /// <summary>The rel attribute, or null.</summary>
        public string? Rel { get; }

        /// <summary>The href attribute, or null.</summary>
        public string? Href { get; }

        /// <summary>The style attribute, or null.</summary>
        public string? Style { get; }

        /// <summary>The aria-hidden attribute, or null.</summary>
        public string? AriaHidden { get; }

        /// <summary>Whether the element has the hidden attribute.</summary>
        public bool Hidden { get; }

        /// <summary>Reads the element's attribute list once.</summary>
        public static KeyAttributes Of(IElement element)
        {
            INamedNodeMap attributes = element.Attributes;
            int count = attributes.Length;
            if (count == 0) return default;
            string? cls = null, id = null, role = null, itemProp = null, rel = null, href = null, style = null, ariaHidden = null;
            bool hidden = false;
            for (int k = 0; k < count; k++)
            {
                IAttr? attribute = attributes[k];
                if (attribute is null) continue;
                switch (attribute.Name)
                {
                    case "class": cls ??= attribute.Value; break;
                    case "id": id ??= attribute.Value; break;
                    case "role": role ??= attribute.Value; break;
                    case "itemprop": itemProp ??= attribute.Value; break;
                    case "rel": rel ??= attribute.Value; break;
                    case "href": href ??= attribute.Value; break;
                    case "style": style ??= attribute.Value; break;
                    case "aria-hidden": ariaHidden ??= attribute.Value; break;
                    case "hidden": hidden = true; break;
                }
            }
            return new KeyAttributes(cls, id, role, itemProp, rel, href, style, ariaHidden, hidden);
        }
    }
}
