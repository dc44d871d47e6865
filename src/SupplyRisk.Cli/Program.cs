using System.CommandLine;
using System.IO;
using System;
using SupplyRisk.Cli.Commands;

namespace SupplyRisk.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the tool with the given streams (tests call this directly).</summary>
    internal static int Run(string[] args, TextWriter output, TextWriter error)
    {
        Workspace? workspace = null;
        Workspace Load() => workspace ??= new Workspace();
        var root = new RootCommand("supplyrisk: how exposed parts and products are to shocks in the supply of critical materials.")
        {
            ListCommands.Materials(Load, output, error),
            ListCommands.Products(Load, output, error),
            ListCommands.Scenarios(Load, output, error),
            ScoreCommands.Score(Load, output, error),
            ScoreCommands.Compare(Load, output, error),
        };
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            string messages = string.Join(" ", System.Linq.Enumerable.Select(parse.Errors, e => e.Message));
            error.WriteLine("supplyrisk: " + System.Text.RegularExpressions.Regex.Replace(messages, @"\s*[\r\n]+\s*", " ").Trim() + " (see 'supplyrisk --help')");
            return 2;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
