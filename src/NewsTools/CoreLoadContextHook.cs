using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace NewsTools.Commands
{
    /// <summary>
    /// PowerShell 7 only: a private load context for the assemblies in <c>Dependencies/</c>. The default
    /// context asks us (Resolving) only for NewsTools.Core; everything NewsTools.Core references that
    /// lives in Dependencies/ (AngleSharp) is then loaded by the private context, never the shared one.
    /// NewsTools.Model (the object model users name: Article, PaywallVerdict, the enums) is never owned
    /// here: it loads in the default context from the module root, and the core binds to that copy.
    /// Kept in its own class so Windows PowerShell never touches AssemblyLoadContext.
    /// </summary>
    internal static class CoreLoadContextHook
    {
        private const string CoreAssemblyName = "NewsTools.Core";
        private const string ModelAssemblyName = "NewsTools.Model";

        // The hook is process-wide by nature (the default load context is process-wide); it is set once
        // per import and removed on Remove-Module. The lock keeps two runspaces importing at once safe.
        private static readonly object Gate = new object();
        private static DependencyLoadContext? s_context;

        public static void Install(string dependencyFolder)
        {
            lock (Gate)
            {
                if (s_context != null) return;
                s_context = new DependencyLoadContext(dependencyFolder);
                AssemblyLoadContext.Default.Resolving += ResolveCore;
            }
        }

        public static void Uninstall()
        {
            lock (Gate)
            {
                if (s_context is null) return;
                AssemblyLoadContext.Default.Resolving -= ResolveCore;
                s_context = null;
            }
        }

        private static Assembly? ResolveCore(AssemblyLoadContext defaultContext, AssemblyName name)
        {
            DependencyLoadContext? context = s_context;
            if (context is null || !string.Equals(name.Name, CoreAssemblyName, StringComparison.Ordinal)) return null;
            return context.LoadFromAssemblyName(name);
        }

        private sealed class DependencyLoadContext : AssemblyLoadContext
        {
            private readonly string _folder;
            private readonly HashSet<string> _owned;

            public DependencyLoadContext(string folder)
            {
                _folder = folder;
                // Only our own core and the third-party libraries we ship are isolated; framework
                // assemblies (System.*) come from the runtime, which is newer than what we compiled against.
                _owned = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                if (Directory.Exists(folder))
                {
                    foreach (string file in Directory.GetFiles(folder, "*.dll"))
                    {
                        string simple = Path.GetFileNameWithoutExtension(file);
                        // The object model must be the default context's copy, or [NewsTools.Article]
                        // and the articles the core returns would be two different types.
                        if (!simple.StartsWith("System.", StringComparison.OrdinalIgnoreCase) &&
                            !simple.StartsWith("Microsoft.", StringComparison.OrdinalIgnoreCase) &&
                            !string.Equals(simple, ModelAssemblyName, StringComparison.OrdinalIgnoreCase))
                        {
                            _owned.Add(simple);
                        }
                    }
                }
            }

            protected override Assembly? Load(AssemblyName assemblyName)
            {
                if (assemblyName.Name is null || !_owned.Contains(assemblyName.Name)) return null;
                string path = Path.Combine(_folder, assemblyName.Name + ".dll");
                return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
            }
        }
    }
}
