using System.Text;
using EntityKit.Cli;
using EntityKit.Cli.Progress;

var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024);
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) { AutoFlush = true };
try
{
    return CliApp.Run(args, new CliContext(Console.OpenStandardInput, stdout, stderr)
    {
        Progress = Console.IsErrorRedirected ? ProgressStyle.Lines : ProgressStyle.Live,
        TerminalWidth = TerminalWidth(),
    });
}
finally
{
    stdout.Flush();
}

static int? TerminalWidth()
{
    try
    {
        return Console.IsErrorRedirected ? null : Console.WindowWidth;
    }
    catch (IOException)
    {
        return null;
    }
}
