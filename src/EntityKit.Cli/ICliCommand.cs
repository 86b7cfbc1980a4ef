using System.CommandLine;

namespace EntityKit.Cli;

/// <summary>One sub-command of <c>entitykit</c>. To add a command, write a class and list it in <see cref="CliApp"/>.</summary>
internal interface ICliCommand
{
    /// <summary>Builds the command, with its options and an action that returns the exit code.</summary>
    /// <param name="context">The streams and services the action uses.</param>
    Command Create(CliContext context);
}
