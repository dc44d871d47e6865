#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    /// <summary>Lets <c>init</c> accessors and records compile on netstandard2.0.</summary>
    internal static class IsExternalInit
    {
    }
}
#else
// Code compiled against the netstandard2.0 build (a netstandard2.0 library) names this assembly's IsExternalInit in
// every init accessor it calls; when a .NET 10 app loads the net10.0 build instead, the forward sends that name to the
// runtime's type, so those calls still bind.
#pragma warning disable RS0016 // a forward to the runtime's type, not API of this library
[assembly: System.Runtime.CompilerServices.TypeForwardedTo(typeof(System.Runtime.CompilerServices.IsExternalInit))]
#pragma warning restore RS0016
#endif
