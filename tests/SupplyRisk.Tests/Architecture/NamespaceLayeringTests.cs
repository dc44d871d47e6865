using System.Collections.Generic;
using System.Linq;
using System.Reflection.Emit;
using System.Reflection;
using System;
using SupplyRisk.Data;
using Xunit;

namespace SupplyRisk.Tests.Architecture;

/// <summary>
/// The library's namespaces form layers without cycles: each uses only the namespaces below it. Dependencies are read
/// from the compiled assembly (base types, interfaces, type attributes, generic constraints, field, property and method
/// signatures, method locals, and every type, method and field a method body references), so a <c>using</c> that is
/// not used does not count and a fully qualified call does.
/// </summary>
public sealed class NamespaceLayeringTests
{
    /// <summary>Bottom to top: a namespace may use only the ones before it (docs/architecture.md).</summary>
    private static readonly string[] Layers =
    {
        "SupplyRisk.Diagnostics",
        "SupplyRisk.Sources",
        "SupplyRisk.Geography",
        "SupplyRisk.Materials",
        "SupplyRisk.Concentration",
        "SupplyRisk.Criticality",
        "SupplyRisk.Parts",
        "SupplyRisk.Policy",
        "SupplyRisk.Dynamics",
        "SupplyRisk.Data",
        "SupplyRisk.Scoring",
        "SupplyRisk.Engine",
        "SupplyRisk.Simulation",
        "SupplyRisk.Sensitivity",
        "SupplyRisk.Reporting",
        "SupplyRisk.IO",
        "SupplyRisk",
    };

    private static readonly Assembly Library = typeof(ReferenceDataset).Assembly;

    private static readonly Lazy<Dictionary<string, Dictionary<string, SortedSet<string>>>> Graph = new(Build);

    [Fact]
    public void Every_namespace_of_the_library_has_a_layer()
    {
        string[] unplaced = Graph.Value.Keys.Where(n => !Layers.Contains(n)).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        Assert.True(unplaced.Length == 0, "Namespaces with no layer (add them to Layers and docs/architecture.md): " + string.Join(", ", unplaced));
        Assert.Contains("SupplyRisk.IO", Graph.Value.Keys);
        Assert.Contains("SupplyRisk", Graph.Value.Keys);
    }

    [Fact]
    public void Each_namespace_uses_only_the_layers_below_it()
    {
        var violations = new List<string>();
        foreach (var (from, targets) in Graph.Value)
        {
            int level = Array.IndexOf(Layers, from);
            foreach (var (to, witnesses) in targets)
            {
                if (level >= 0 && Array.IndexOf(Layers, to) > level)
                {
                    violations.Add($"{from} -> {to} (e.g. {string.Join("; ", witnesses.Take(3))})");
                }
            }
        }

        Assert.True(violations.Count == 0, "Upward dependencies:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_namespace_graph_has_no_cycle()
    {
        // Independent of the layer list: a depth-first search for a back edge.
        var state = new Dictionary<string, int>();
        var path = new Stack<string>();
        string? cycle = null;
        void Visit(string node)
        {
            state[node] = 1;
            path.Push(node);
            foreach (string next in Graph.Value.TryGetValue(node, out var t) ? t.Keys : Enumerable.Empty<string>())
            {
                if (cycle is not null)
                {
                    return;
                }

                if (!state.TryGetValue(next, out int s))
                {
                    Visit(next);
                }
                else if (s == 1)
                {
                    cycle = string.Join(" -> ", path.Reverse().SkipWhile(n => n != next).Append(next));
                }
            }

            path.Pop();
            state[node] = 2;
        }

        foreach (string node in Graph.Value.Keys.OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!state.ContainsKey(node))
            {
                Visit(node);
            }
        }

        Assert.True(cycle is null, "Namespace cycle: " + cycle);
    }

    [Fact]
    public void The_scan_sees_dependencies_in_method_bodies_not_only_in_signatures()
    {
        // ExposureScorer's constructor builds a SupplyRiskAssessor only inside its body, and EmbeddedData reads the
        // policy table only inside a lambda: a scan of signatures alone would miss both.
        Assert.Contains("SupplyRisk.Criticality", Graph.Value["SupplyRisk.Scoring"].Keys);
        Assert.Contains("SupplyRisk.Policy", Graph.Value["SupplyRisk.IO"].Keys);
        Assert.Contains("SupplyRisk.IO", Graph.Value["SupplyRisk"].Keys);
    }

    private static string NamespaceOf(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace ?? string.Empty;
    }

    private static Dictionary<string, Dictionary<string, SortedSet<string>>> Build()
    {
        var graph = new Dictionary<string, Dictionary<string, SortedSet<string>>>(StringComparer.Ordinal);
        foreach (Type type in Library.GetTypes())
        {
            string from = NamespaceOf(type);
            if (!from.StartsWith("SupplyRisk", StringComparison.Ordinal))
            {
                continue; // polyfills in System.* namespaces
            }

            if (!graph.TryGetValue(from, out var targets))
            {
                graph[from] = targets = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            }

            void Use(Type? used, string where)
            {
                foreach (Type t in Expand(used))
                {
                    if (t.Assembly != Library)
                    {
                        continue;
                    }

                    string to = NamespaceOf(t);
                    if (to != from && to.StartsWith("SupplyRisk", StringComparison.Ordinal))
                    {
                        if (!targets.TryGetValue(to, out var witnesses))
                        {
                            targets[to] = witnesses = new SortedSet<string>(StringComparer.Ordinal);
                        }

                        witnesses.Add($"{type.Name}.{where} uses {t.Name}");
                    }
                }
            }

            Use(type.BaseType, "base");
            foreach (Type i in type.GetInterfaces())
            {
                Use(i, "interface");
            }

            foreach (CustomAttributeData attribute in type.GetCustomAttributesData())
            {
                Use(attribute.AttributeType, "attribute");
            }

            foreach (Type constraint in type.IsGenericTypeDefinition ? type.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : Type.EmptyTypes)
            {
                Use(constraint, "constraint");
            }

            const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (FieldInfo f in type.GetFields(All))
            {
                Use(f.FieldType, f.Name);
            }

            foreach (PropertyInfo p in type.GetProperties(All))
            {
                Use(p.PropertyType, p.Name);
            }

            foreach (MethodBase m in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
            {
                if (m is MethodInfo mi)
                {
                    Use(mi.ReturnType, m.Name);
                }

                foreach (ParameterInfo p in m.GetParameters())
                {
                    Use(p.ParameterType, m.Name);
                }

                foreach (LocalVariableInfo local in m.GetMethodBody()?.LocalVariables ?? (IList<LocalVariableInfo>)Array.Empty<LocalVariableInfo>())
                {
                    Use(local.LocalType, m.Name);
                }

                foreach (MemberInfo member in BodyReferences(m))
                {
                    switch (member)
                    {
                        case Type t:
                            Use(t, m.Name);
                            break;
                        case MethodBase called:
                            Use(called.DeclaringType, m.Name);
                            break;
                        case FieldInfo field:
                            Use(field.DeclaringType, m.Name);
                            Use(field.FieldType, m.Name);
                            break;
                    }
                }
            }
        }

        return graph;
    }

    /// <summary>A type with its element type and generic arguments, recursively.</summary>
    private static IEnumerable<Type> Expand(Type? type)
    {
        if (type is null)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (Type t in Expand(type.GetElementType()))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericType)
        {
            foreach (Type t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }

            type = type.GetGenericTypeDefinition();
        }

        if (!type.IsGenericParameter)
        {
            yield return type;
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue =
        typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    /// <summary>Every type, method and field a method body names (its IL tokens).</summary>
    private static IEnumerable<MemberInfo> BodyReferences(MethodBase method)
    {
        byte[]? il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        int i = 0;
        while (i < il.Length)
        {
            short value = il[i] == 0xFE ? (short)(0xFE00 | il[i + 1]) : il[i];
            i += il[i] == 0xFE ? 2 : 1;
            OpCode op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget:
                case OperandType.ShortInlineI:
                case OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineI8:
                case OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineType:
                case OperandType.InlineTok:
                case OperandType.InlineMethod:
                case OperandType.InlineField:
                    MemberInfo? member = null;
                    try
                    {
                        member = method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArgs, methodArgs);
                    }
                    catch (ArgumentException)
                    {
                        // A token whose generic context cannot be supplied here (a member of a generic type instantiated
                        // inside another generic method): it is skipped; the method's locals and signature still count.
                    }

                    if (member is not null)
                    {
                        yield return member;
                    }

                    i += 4;
                    break;
                default:
                    i += 4; // InlineBrTarget, InlineI, InlineR4 (ShortInlineR), InlineSig, InlineString
                    break;
            }
        }
    }
}
