using System.CommandLine;
using EntityKit.LexiconBuilder;

var root = new RootCommand("Builds EntityKit's lexicon artifacts: word clusters and gazetteers.")
{
    ClusterCommands.Train(),
    ClusterCommands.Show(),
    ExchangeClusterCommand.Create(),
    GazetteerCommands.Build(),
    GazetteerCommands.Show(),
    GazetteerCommands.Dump(),
    CoverageCommand.Create(),
    EmbeddingCommands.DumpCorpus(),
    EmbeddingCommands.ExtendClusters(),
};
return root.Parse(args).Invoke();
