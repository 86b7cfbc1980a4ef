using EntityKit.Corpora;
using EntityKit.Recognition;
using EntityKit.Training;

namespace EntityKit.Tests.Training;

/// <summary>A dozen invented sentences with an obvious pattern: capitalised names after "Dr." are PERSON, the words
/// after "in" are GPE, weekdays are DATE.</summary>
internal static class ToyCorpus
{
    public const string Bio = """
        Dr.	O
        Alvo	B-PERSON
        Brenn	I-PERSON
        flew	O
        to	O
        Qatlan	B-GPE
        on	O
        Monday	B-DATE
        .	O

        Dr.	O
        Mira	B-PERSON
        Tosk	I-PERSON
        lives	O
        in	O
        Vellora	B-GPE
        .	O

        Dr.	O
        Pell	B-PERSON
        Ondaro	I-PERSON
        spoke	O
        in	O
        Brasmir	B-GPE
        on	O
        Tuesday	B-DATE
        .	O

        -DOCSTART-	O

        Dr.	O
        Ulla	B-PERSON
        Grent	I-PERSON
        arrived	O
        in	O
        Qatlan	B-GPE
        on	O
        Friday	B-DATE
        .	O

        the	O
        weather	O
        in	O
        Somtar	B-GPE
        was	O
        mild	O
        .	O

        Dr.	O
        Ivo	B-PERSON
        Kalt	I-PERSON
        met	O
        Dr.	O
        Ena	B-PERSON
        Morv	I-PERSON
        in	O
        Vellora	B-GPE
        .	O

        -DOCSTART-	O

        on	O
        Monday	B-DATE
        ,	O
        Dr.	O
        Rafe	B-PERSON
        Dunmo	I-PERSON
        stayed	O
        in	O
        Brasmir	B-GPE
        .	O

        people	O
        in	O
        Torvik	B-GPE
        work	O
        on	O
        Friday	B-DATE
        .	O

        Dr.	O
        Sela	B-PERSON
        Varn	I-PERSON
        left	O
        .	O

        nobody	O
        came	O
        on	O
        Tuesday	B-DATE
        .	O

        Dr.	O
        Oren	B-PERSON
        Hask	I-PERSON
        lives	O
        in	O
        Somtar	B-GPE
        .	O

        Dr.	O
        Tilda	B-PERSON
        Quorr	I-PERSON
        wrote	O
        from	O
        Torvik	B-GPE
        on	O
        Monday	B-DATE
        .	O
        """;

    public static IReadOnlyList<BioDocument> Documents() => BioReader.Read(new StringReader(Bio), "toy").ToList();

    public static IReadOnlyList<TrainingDocument> TrainingDocuments() =>
        Documents().Select(d => GoldTokenDocuments.Create(d, BilouLabelSet.OntoNotes)).ToList();

    private static readonly Lazy<NerModel> SharedModel = new(() => Train(seed: 7));

    /// <summary>A model trained once on the toy corpus and shared by the tests that only read it.</summary>
    public static NerModel Model => SharedModel.Value;

    public static NerModel Train(int seed, int epochs = 8) =>
        new PerceptronTrainer(new TrainingOptions { Epochs = epochs, Seed = seed, PruneThreshold = 0f })
            .Train(TrainingDocuments());
}
