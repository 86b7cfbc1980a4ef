namespace EntityKit.Resolution;

/// <summary>
/// The small word lists article resolution relies on: honorifics, title words, name particles and the function
/// words acronyms skip. All lookups are case-insensitive unless stated.
/// </summary>
internal static class NameLexicon
{
    /// <summary>Forms of address that are not roles: "Mr", "Mrs", "Ms", "Sir"…</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Mx", "Mx.", "Sir", "Dame", "Lord", "Madam", "Mme",
        "Mme.", "Mister",
    };

    /// <summary>Words that make a phrase a title or role: "President", "Minister", "Gen", "spokesman"…</summary>
    private static readonly HashSet<string> TitleHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "President", "Minister", "Premier", "Secretary", "Chancellor", "Governor", "Senator", "Sen", "Sen.", "Rep",
        "Rep.", "Representative", "Congressman", "Congresswoman", "Mayor", "King", "Queen", "Prince", "Princess",
        "Emir", "Sheikh", "Sultan", "Pope", "Bishop", "Archbishop", "Ayatollah", "Imam", "Rabbi", "Judge", "Justice",
        "Gen", "Gen.", "General", "Maj", "Maj.", "Major", "Lt", "Lt.", "Lieutenant", "Col", "Col.", "Colonel", "Capt",
        "Capt.", "Captain", "Cmdr", "Cmdr.", "Commander", "Adm", "Adm.", "Admiral", "Sgt", "Sgt.", "Sergeant", "Brig",
        "Brig.", "Brigadier", "Marshal", "Chairman", "Chairwoman", "Chairperson", "Director", "Ambassador", "Envoy",
        "Adviser", "Advisor", "Spokesman", "Spokeswoman", "Spokesperson", "Speaker", "Leader", "Chief", "CEO", "Officer",
        "Head", "Founder", "Coach", "Manager", "Commissioner", "Inspector", "Detective", "Councillor", "Councilman",
        "Prosecutor", "Attorney", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Rev", "Rev.", "Reverend", "Executive",
        "Analyst", "Economist", "Researcher", "Editor", "Correspondent", "Official", "Lawyer", "Chair", "Deputy",
    };

    /// <summary>Capitalised words that qualify a title head: "Defence" Secretary, "Prime" Minister, "National Security" Adviser.</summary>
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Prime", "Vice", "Deputy", "Chief", "Executive", "Senior", "Former", "Acting", "Interim", "General", "Attorney",
        "Supreme", "Military", "Army", "Navy", "Air", "Force", "Defence", "Defense", "Foreign", "Home", "Interior",
        "Finance", "Financial", "Health", "Education", "Justice", "Energy", "Trade", "Economy", "Economic", "Culture",
        "Transport", "Environment", "Agriculture", "Labour", "Labor", "Treasury", "Security", "National", "State",
        "Cabinet", "Opposition", "Party", "Sports", "Digital", "Science", "Technology", "Communications",
        "Information", "Immigration", "Housing", "Development", "Industry", "Commerce", "Oil", "Petroleum",
        "Intelligence", "Police", "Public", "Affairs", "Majority", "Minority", "Foreign-Affairs", "Operating",
        "Financial", "Managing", "Maj", "Maj.", "Lt", "Lt.", "Brig", "Brig.", "Major", "Lieutenant", "Rear", "First",
        "Crown", "Grand", "Chief-of-Staff", "Staff", "Joint", "Armed", "Forces", "Central", "Bank", "Federal",
        "Medical", "Political", "Diplomatic", "Legal", "Business", "Sports", "Regional", "Special",
    };

    /// <summary>Lower-case words that may start a title before a name: "former President".</summary>
    private static readonly HashSet<string> LowerCaseTitleModifiers = new(StringComparer.Ordinal) { "former", "acting", "interim", "then" };

    /// <summary>Particles inside personal names: "Al" Sudani, "bin" Salman, "van" Gogh, "de" Gaulle.</summary>
    /// <summary>Given names that are also common English words: "Bill" (a law), "Will", "Mark", "Rose", "May"…</summary>
    private static readonly HashSet<string> GivenNamesWithCommonNounReading = new(StringComparer.OrdinalIgnoreCase)
    {
        "Bill", "Will", "Mark", "Rose", "Grace", "Hope", "Faith", "Joy", "May", "June", "Sky", "Amber", "Iris", "Lily",
        "Ruby", "Crystal", "Dawn", "Summer", "Autumn", "Rob", "Pat", "Sue", "Bud", "Buck", "Cliff", "Drew", "Guy",
        "Jack", "Ray", "Rod", "Chase", "Chance", "Frank", "Grant", "Herb", "Hunter", "Lance", "Penny", "Sandy", "Stone",
        "Victor", "Warren", "Glen", "Heath", "Forest", "Bob", "Art", "Chip", "Gay", "Harmony", "Honey", "Price", "Page",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "bin", "ibn", "bint", "abu", "van", "von", "de", "da", "di", "del", "della", "der", "den", "du",
        "la", "le", "ter", "ten", "dos", "das", "st", "st.",
    };

    /// <summary>Words that an acronym may skip: the "of" in "Bank of England".</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "for", "in", "on", "at", "to", "&", "de", "des", "du", "la", "le", "el", "al", "a", "an",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "another", "its", "his", "her", "their", "our",
    };

    /// <summary>Words that end an apposition's role: "X, a leader who …".</summary>
    private static readonly HashSet<string> RelativeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "that", "where", "when",
    };

    /// <summary>Common finite verbs: a phrase holding one is a clause, not an apposition.</summary>
    private static readonly HashSet<string> VerbLikeWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "shall",
        "should", "may", "might", "must", "did", "does", "do", "said", "says", "told", "added", "I", "we", "you",
    };

    public static bool IsHonorific(ReadOnlySpan<char> word) => Honorifics.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsTitleHead(ReadOnlySpan<char> word) => TitleHeads.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>A word that can be part of a title before a name: a head or a (capitalised) modifier.</summary>
    public static bool IsTitleWord(ReadOnlySpan<char> word) =>
        !word.IsEmpty
        && (IsTitleHead(word)
            || (char.IsUpper(word[0]) && TitleModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            || LowerCaseTitleModifiers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word));

    /// <summary>A given name that is also a common word ("Bill", "Will", "Mark"): alone it need not be a person.</summary>
    public static bool HasCommonNounReading(ReadOnlySpan<char> word) =>
        GivenNamesWithCommonNounReading.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsParticle(ReadOnlySpan<char> word) => Particles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>"Dr", "Prof": titles that stand right before a name, after any other role ("correspondent Dr. X").</summary>
    public static bool IsAcademicTitle(ReadOnlySpan<char> word) =>
        word is "Dr" or "Dr." or "Prof" or "Prof." or "Professor";

    public static bool IsRelativeWord(ReadOnlySpan<char> word) => RelativeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsVerbLike(ReadOnlySpan<char> word) => VerbLikeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsDeterminer(ReadOnlySpan<char> word) => Determiners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL and CARDINAL: values, not names.</summary>
    public static bool IsValueType(EntityType type) =>
        type == EntityType.Date || type == EntityType.Time || type == EntityType.Percent || type == EntityType.Money
        || type == EntityType.Quantity || type == EntityType.Ordinal || type == EntityType.Cardinal;
}
