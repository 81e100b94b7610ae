using System;
using System.IO;
using System.Management.Automation;
using System.Reflection;

namespace NewsTools.Commands
{
    /// <summary>
    /// Resolves NewsTools.Core and its third-party dependencies (AngleSharp) from the module's
    /// <c>Dependencies/</c> folder. On PowerShell 7 they load into a private AssemblyLoadContext, so
    /// NewsTools works beside another module that already loaded a different AngleSharp; on Windows
    /// PowerShell 5.1 (no load contexts) they are loaded from that folder on demand.
    /// </summary>
    public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        private static readonly string DependencyFolder = Path.Combine(
            Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? ".", "Dependencies");

        private static readonly bool IsDesktop = RuntimeInformationIsDesktop();

        /// <summary>Called by PowerShell when the module is imported.</summary>
        public void OnImport()
        {
            if (IsDesktop)
            {
                AppDomain.CurrentDomain.AssemblyResolve += ResolveOnDesktop;
            }
            else
            {
                CoreLoadContextHook.Install(DependencyFolder);
            }
        }

        /// <summary>Called by PowerShell when the module is removed.</summary>
        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            if (IsDesktop)
            {
                AppDomain.CurrentDomain.AssemblyResolve -= ResolveOnDesktop;
            }
            else
            {
                CoreLoadContextHook.Uninstall();
            }
        }

        private static Assembly? ResolveOnDesktop(object? sender, ResolveEventArgs args)
        {
            string? name = new AssemblyName(args.Name).Name;
            // The core (loaded from Dependencies/ by path) asks for the object model by name: hand it the copy
            // the manifest's RequiredAssemblies loaded from the module root, so both see one Article type.
            Assembly model = typeof(Article).Assembly;
            if (string.Equals(name, model.GetName().Name, StringComparison.OrdinalIgnoreCase)) return model;
            string path = Path.Combine(DependencyFolder, name + ".dll");
            return File.Exists(path) ? Assembly.LoadFile(path) : null;
        }

        private static bool RuntimeInformationIsDesktop() =>
            System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription.StartsWith(".NET Framework", StringComparison.Ordinal);
    }
}
