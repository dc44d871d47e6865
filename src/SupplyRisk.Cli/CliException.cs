using System;

namespace SupplyRisk.Cli;

/// <summary>A user error: printed as one line on stderr, exit code 2.</summary>
internal sealed class CliException : Exception
{
    public CliException(string message)
        : base(message)
    {
    }
}
