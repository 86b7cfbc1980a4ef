using EntityKit.Models.English;
using EntityKit.Recognition;

namespace EntityKit.Cli.Commands;

/// <summary>A command-line model argument: <c>english</c> (the embedded model) or a model file.</summary>
internal static class ModelArgument
{
    /// <summary>Loads the model named by <paramref name="name"/>; a missing or corrupt file is a usage error.</summary>
    /// <param name="name"><c>english</c> (any case) or the path of a model written by <c>entitykit train</c>.</param>
    public static NerModel Load(string name)
    {
        try
        {
            return name.Equals("english", StringComparison.OrdinalIgnoreCase) ? EnglishModel.Default : NerModel.Load(name);
        }
        catch (Exception exception) when (exception is ModelFormatException or FileNotFoundException)
        {
            throw new CliUsageException(exception.Message, exception);
        }
    }
}
